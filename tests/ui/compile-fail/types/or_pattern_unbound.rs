//@ compile-fail
fn main() {
    let p = (1, 2);
    match p {
        (x, 0) | (0, _) => println!("{}", x), //~ ERROR E0408
        //~^ ERROR E0381
        _ => {}
    }
}

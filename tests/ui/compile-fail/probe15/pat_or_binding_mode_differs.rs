//@ compile-fail
// An or-pattern binding x by value in one arm and by ref in the other (E0409).
fn main() {
    let t = (1, 2);
    match t {
        (ref x, 0) | (x, _) => println!("{}", x), //~ ERROR E0409
        //~^ ERROR E0308
    }
}

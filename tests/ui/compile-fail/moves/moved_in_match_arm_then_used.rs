//@ compile-fail
// A value moved in one match arm is used after the match.
fn main() {
    let s = String::from("x");
    let n = 2;
    match n {
        1 => drop(s),
        _ => {}
    }
    println!("{}", s); //~ ERROR E0382
}

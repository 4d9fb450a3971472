// The same name bound twice in one tuple pattern: E0416.
//@ compile-fail
fn main() {
    let t = (1, 2);
    let (a, a) = t; //~ ERROR E0416
    println!("{}", a);
}

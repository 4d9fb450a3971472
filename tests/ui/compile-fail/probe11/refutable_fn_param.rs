// A refutable pattern as a function parameter: E0005.
//@ compile-fail
fn f((0, y): (u8, u8)) -> u8 { //~ ERROR E0005
    y
}
fn main() {
    println!("{}", f((0, 1)));
}

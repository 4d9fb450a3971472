//@ compile-fail
// Assigning a parameter not declared `mut`.
fn bump(n: i32) -> i32 {
    n += 1; //~ ERROR E0384
    n
}

fn main() {
    println!("{}", bump(1));
}

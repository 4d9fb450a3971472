//@ compile-fail
// A closure called with more arguments than its parameters is E0057 (E0061 is for functions).
fn main() {
    let add_one = |x: i32| x + 1;
    println!("{}", add_one(1, 2)); //~ ERROR E0057
}

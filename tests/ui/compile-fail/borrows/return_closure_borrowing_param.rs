//@ compile-fail
// Returning a closure that borrows a parameter of the function.
fn adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n //~ ERROR E0373
}

fn main() {
    let add2 = adder(2);
    println!("{}", add2(5));
}

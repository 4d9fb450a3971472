//@ compile-fail
// Returning a closure that captures the parameter `n` by reference.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n //~ ERROR E0373
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(10));
}

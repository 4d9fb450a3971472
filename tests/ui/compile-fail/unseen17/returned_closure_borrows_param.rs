//@ compile-fail
// A function returns a closure that uses its parameter, as a JavaScript closure factory `x => y => x + y`.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n //~ ERROR E0373
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(10));
}

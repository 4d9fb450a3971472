//@ compile-fail
// only a closure that captures nothing coerces to a fn pointer, with `as` too
fn main() {
    let k = 3;
    let f = (|x: i32| x * k) as fn(i32) -> i32; //~ ERROR E0605
    println!("{}", f(2));
}

//@ compile-fail
// A capturing closure coerced to a fn pointer (E0308).
fn main() {
    let k = 3;
    let f: fn(i32) -> i32 = |x| x + k; //~ ERROR E0308
    println!("{}", f(1));
}

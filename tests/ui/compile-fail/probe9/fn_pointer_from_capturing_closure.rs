//@ compile-fail
// Only a closure that captures nothing can become a `fn` pointer: this one uses `step`.
fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}
fn main() {
    let step = 3;
    let add: fn(i32) -> i32 = |x| x + step; //~ ERROR E0308
    println!("{}", apply(add, 1));
}

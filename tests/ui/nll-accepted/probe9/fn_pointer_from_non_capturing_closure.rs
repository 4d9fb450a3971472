// A closure that captures nothing coerces to a `fn` pointer, even next to a local of the same name.
fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}
fn main() {
    let step = 3;
    let add: fn(i32) -> i32 = |x| x + 3;
    println!("{} {}", apply(add, 1), step);
}

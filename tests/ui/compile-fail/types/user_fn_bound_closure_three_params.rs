//@ compile-fail
// A closure taking three parameters passed to a user function bounded by Fn(i32, i32) -> i32 (E0593).
fn combine<F: Fn(i32, i32) -> i32>(a: i32, b: i32, f: F) -> i32 {
    f(a, b)
}

fn main() {
    let total = combine(2, 3, |x, y, z| x + y + z); //~ ERROR E0593
    println!("{}", total);
}

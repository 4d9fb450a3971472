//@ compile-fail
// An impl for a type that is not found: rustc does not ask for its missing methods, and goes on checking.
#[derive(Debug)]
struct Point {
    x: i32,
}

impl Clone for Pointt {} //~ ERROR E0425

fn main() {
    let p = Point { x: 1 };
    let n: u8 = p.x; //~ ERROR E0308
    println!("{:?} {}", p, n);
}

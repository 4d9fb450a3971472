//@ compile-fail
// A struct pattern that leaves a field out without `..` (E0027).
struct P { x: i32, y: i32 }
fn main() {
    let p = P { x: 1, y: 2 };
    let P { x } = p; //~ ERROR E0027
    println!("{}", x);
}

//@ compile-fail
// Assigning a field of a non-`mut` struct.
struct P { x: i32 }
fn main() {
    let p = P { x: 1 };
    p.x = 2; //~ ERROR E0594
    println!("{}", p.x);
}

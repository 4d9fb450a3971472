//@ compile-fail
// Assigning a field while a reference to it is alive.
struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let rx = &p.x;
    p.x = 3; //~ ERROR E0506
    println!("{} {}", rx, p.y);
}

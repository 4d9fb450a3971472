//@ compile-fail
// A closure mutating `p.x` conflicts with a borrow of `p.x`.
struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let mut c = || p.x += 1;
    let rx = &p.x; //~ ERROR E0502
    c();
    println!("{} {}", rx, p.y);
}

// A closure mutating `p.x` while `p.y` is borrowed.
struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let mut c = || p.x += 1;
    let ry = &p.y;
    c();
    println!("{} {}", ry, p.x);
}

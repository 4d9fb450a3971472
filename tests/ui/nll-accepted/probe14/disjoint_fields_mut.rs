// Mutable borrows of two different fields at once.
struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let rx = &mut p.x;
    let ry = &mut p.y;
    *rx += *ry;
    *ry += 1;
    println!("{} {}", p.x, p.y);
}

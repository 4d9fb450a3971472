// Borrowing one field leaves the other field's permissions intact.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let px = &mut p.x;
    let py = &p.y;
    *px += *py;
    println!("{} {}", p.x, p.y);
}

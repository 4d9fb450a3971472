//@ compile-fail
// Copying a field out while the struct is mutably borrowed.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let m = &mut p;
    let a = p.x; //~ ERROR E0503
    m.y += a;
    println!("{}", p.y);
}

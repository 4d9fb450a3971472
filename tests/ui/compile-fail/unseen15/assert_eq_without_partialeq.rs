//@ compile-fail
// assert_eq on a struct that derives Debug but not PartialEq
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    assert_eq!(a, b); //~ ERROR E0369
    println!("{} {}", a.x, b.y);
}

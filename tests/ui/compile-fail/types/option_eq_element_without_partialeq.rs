//@ compile-fail
// Two Option<Point> compared with == when Point does not derive PartialEq: the Option impl's bound fails (E0369).
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Some(Point { x: 1, y: 2 });
    let b = Some(Point { x: 1, y: 2 });
    if a == b { //~ ERROR E0369
        println!("same");
    }
}

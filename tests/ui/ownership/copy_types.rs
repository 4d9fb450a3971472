// Copy types are duplicated on assignment; both bindings stay usable.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let x = 5;
    let y = x;
    println!("x = {x}, y = {y}");
    let p = Point { x: 1, y: 2 };
    let mut q = p;
    q.x = 10;
    println!("{:?} {:?}", p, q);
    let t = (1, 'a', true);
    let u = t;
    println!("{:?} {:?}", t, u);
    let arr = [1.5; 3];
    let arr2 = arr;
    println!("{:?} {:?}", arr, arr2);
}

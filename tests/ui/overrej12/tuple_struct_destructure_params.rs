// destructuring tuple structs, structs and tuples in parameters and let, with `..`
#[derive(Debug, Clone, Copy)]
struct Point(i32, i32);
struct Rect {
    origin: Point,
    w: i32,
    h: i32,
}
fn manhattan(Point(x1, y1): Point, Point(x2, y2): Point) -> i32 {
    (x1 - x2).abs() + (y1 - y2).abs()
}
fn area(&Rect { w, h, .. }: &Rect) -> i32 {
    w * h
}
fn swap((a, b): (String, String)) -> (String, String) {
    (b, a)
}
fn main() {
    let p = Point(1, 2);
    let q = Point(4, -2);
    println!("{}", manhattan(p, q));
    let r = Rect { origin: p, w: 3, h: 5 };
    let Rect { origin: Point(ox, _), .. } = r;
    println!("{} {}", area(&r), ox);
    let (x, y) = swap(("a".to_string(), "b".to_string()));
    println!("{} {}", x, y);
    let pts = vec![Point(0, 0), Point(3, 4)];
    let d: Vec<i32> = pts.iter().map(|&Point(a, b)| a * a + b * b).collect();
    println!("{:?}", d);
    let ((a, b), [c, d2]) = ((1, 2), [3, 4]);
    println!("{}", a + b + c + d2);
}

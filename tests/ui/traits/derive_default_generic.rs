// `#[derive(Default)]` on generic structs: each field gets its own type's default (T = f64, u8, a struct).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Point<T> {
    x: T,
    y: T,
}

#[derive(Debug, Default)]
struct Wrapper(u8, bool);

#[derive(Debug, Default)]
struct Pair<A, B> {
    first: A,
    second: Option<B>,
    list: Vec<A>,
}

fn main() {
    let d: Point<f64> = Point::default();
    println!("{:?}", d);
    let e = Point::<u8>::default();
    println!("{:?}", e);
    let w: Point<Wrapper> = Default::default();
    println!("{:?}", w);
    let p: Pair<String, i32> = Pair::default();
    println!("{:?} {}", p, p.first.is_empty());
    let pts = [Point { x: 1.5, y: 2.0 }, Point { x: -0.5, y: 1.0 }];
    let sum = pts.iter().fold(Point::default(), |acc, p| Point { x: acc.x + p.x, y: acc.y + p.y });
    println!("{:?} {}", sum, sum == Point { x: 1.0, y: 3.0 });
}

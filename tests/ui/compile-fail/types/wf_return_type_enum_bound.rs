//@ compile-fail
// A return type's enum argument must meet the enum's bound (`T: PartialOrd`), even when no value is built.
#[derive(Debug)]
enum Range<T: PartialOrd> {
    Empty,
    Span(T, T),
}

struct Point;

fn nothing() -> Range<Point> { //~ ERROR E0277
    Range::Empty //~ ERROR E0277
}

fn main() {
    println!("ok");
    let r = Range::Span(1, 2);
    println!("{:?}", r);
}

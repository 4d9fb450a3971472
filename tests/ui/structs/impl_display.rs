// A hand-written Display impl used by println! and to_string.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn main() {
    let p = Point { x: 3, y: -7 };
    println!("{p}");
    println!("[{}]", p);
    let s = p.to_string();
    println!("{} chars", s.len());
    println!("{:>12}|", p.to_string());
}

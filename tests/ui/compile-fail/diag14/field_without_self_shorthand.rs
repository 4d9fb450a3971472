//@ compile-fail
// A struct literal's shorthand field names a field of `self` without `self.`: the fix writes `x: self.x`.
struct Point {
    x: i32,
    y: i32,
}

struct OnlyX {
    x: i32,
}

impl Point {
    fn project(&self) -> OnlyX {
        OnlyX { x } //~ ERROR E0425
    }
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{} {}", p.project().x, p.y);
}

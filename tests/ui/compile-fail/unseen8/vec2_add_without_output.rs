//@ compile-fail
// An Add impl for a 2D vector forgets the associated Output type.
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 { //~ ERROR E0046
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
}

fn main() {
    println!("{:?}", Vec2 { x: 1.0, y: 2.0 } + Vec2 { x: 0.5, y: 0.5 });
}

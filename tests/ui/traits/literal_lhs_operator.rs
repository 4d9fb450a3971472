// A literal on the left of an operator overloaded for a user type: `0.5 * v` selects `impl Mul<V> for f64`.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V(f64, f64);

impl Mul<V> for f64 {
    type Output = V;
    fn mul(self, v: V) -> V {
        V(self * v.0, self * v.1)
    }
}

impl Mul<V> for f32 {
    type Output = V;
    fn mul(self, v: V) -> V {
        V(self as f64 * v.0 + 1.0, self as f64 * v.1)
    }
}

impl Add<V> for u8 {
    type Output = V;
    fn add(self, v: V) -> V {
        V(self as f64 + v.0, v.1)
    }
}

impl PartialEq<V> for i64 {
    fn eq(&self, v: &V) -> bool {
        *self as f64 == v.0 && v.1 == 0.0
    }
}

fn main() {
    let v = V(2.0, -1.0);
    println!("{:?}", 0.5 * v);
    println!("{:?}", 3 + v);
    let k = 1.5;
    println!("{:?}", k * v);
    let w = 2.0f32 * v;
    println!("{:?}", w);
    println!("{} {}", 7 == V(7.0, 0.0), 7 == v);
    let small = 200;
    println!("{:?} {}", small + v, small);
}

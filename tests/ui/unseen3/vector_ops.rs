// Operator overloading: Add, Sub, Mul<f64>, Neg, AddAssign and Index on a 3-D vector type.
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V3 {
    x: f64,
    y: f64,
    z: f64,
}

impl V3 {
    fn new(x: f64, y: f64, z: f64) -> V3 {
        V3 { x, y, z }
    }
    fn dot(self, o: V3) -> f64 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }
    fn length(self) -> f64 {
        self.dot(self).sqrt()
    }
}

impl Add for V3 {
    type Output = V3;
    fn add(self, o: V3) -> V3 {
        V3::new(self.x + o.x, self.y + o.y, self.z + o.z)
    }
}

impl Sub for V3 {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        self + -o
    }
}

impl Mul<f64> for V3 {
    type Output = V3;
    fn mul(self, k: f64) -> V3 {
        V3::new(self.x * k, self.y * k, self.z * k)
    }
}

impl Mul<V3> for f64 {
    type Output = V3;
    fn mul(self, v: V3) -> V3 {
        v * self
    }
}

impl Neg for V3 {
    type Output = V3;
    fn neg(self) -> V3 {
        V3::new(-self.x, -self.y, -self.z)
    }
}

impl AddAssign for V3 {
    fn add_assign(&mut self, o: V3) {
        self.x += o.x;
        self.y += o.y;
        self.z += o.z;
    }
}

impl Index<usize> for V3 {
    type Output = f64;
    fn index(&self, i: usize) -> &f64 {
        match i {
            0 => &self.x,
            1 => &self.y,
            2 => &self.z,
            _ => panic!("V3 index {} out of range", i),
        }
    }
}

impl IndexMut<usize> for V3 {
    fn index_mut(&mut self, i: usize) -> &mut f64 {
        match i {
            0 => &mut self.x,
            1 => &mut self.y,
            _ => &mut self.z,
        }
    }
}

fn main() {
    let a = V3::new(1.0, 2.0, 3.0);
    let b = V3::new(-0.5, 4.0, 0.0);
    println!("{:?}", a + b);
    println!("{:?}", a - b);
    println!("{:?}", a * 2.0);
    println!("{:?}", 0.5 * b);
    println!("{:?}", -a);
    println!("dot {} len {:.5}", a.dot(b), a.length());
    let mut pos = V3::default();
    let vel = V3::new(0.1, 0.2, -0.3);
    for _ in 0..10 {
        pos += vel;
    }
    println!("pos {:?}", pos);
    println!("pos {:.3} {:.3} {:.3}", pos[0], pos[1], pos[2]);
    pos[1] = 9.0;
    pos[2] += 1.0;
    println!("after index_mut {:?} equal a? {}", pos, pos == a);
    let sum = [a, b, vel].iter().fold(V3::default(), |acc, v| acc + *v);
    println!("sum {:?}", sum);
    println!("{}", a[3]);
}

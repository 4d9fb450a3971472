// operator traits on a value type and on references (`impl Add<&V> for &V`), plus AddAssign and Neg
use std::ops::{Add, AddAssign, Mul, Neg};
#[derive(Debug, Clone, Copy, PartialEq)]
struct V(i32, i32);
impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V {
        V(self.0 + o.0, self.1 + o.1)
    }
}
impl<'a> Add<&'a V> for &'a V {
    type Output = V;
    fn add(self, o: &V) -> V {
        V(self.0 + o.0, self.1 + o.1)
    }
}
impl AddAssign for V {
    fn add_assign(&mut self, o: V) {
        self.0 += o.0;
        self.1 += o.1;
    }
}
impl Mul<i32> for V {
    type Output = V;
    fn mul(self, k: i32) -> V {
        V(self.0 * k, self.1 * k)
    }
}
impl Neg for V {
    type Output = V;
    fn neg(self) -> V {
        V(-self.0, -self.1)
    }
}
fn main() {
    let a = V(1, 2);
    let b = V(3, 4);
    println!("{:?}", a + b);
    println!("{:?}", &a + &b);
    let mut c = a;
    c += b * 2;
    println!("{:?} {:?}", c, -c);
    let total = [a, b, c].iter().fold(V(0, 0), |acc, v| acc + *v);
    println!("{:?} {}", total, total == V(11, 16));
}

// operator overloading, newtypes, associated consts, fully qualified calls
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 { x: f64, y: f64 }
impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = Self; fn sub(self, o: Self) -> Self { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
struct Meters(f64);
struct Poly { coef: Vec<i64> }
impl Index<usize> for Poly { type Output = i64; fn index(&self, i: usize) -> &i64 { &self.coef[i] } }
impl IndexMut<usize> for Poly { fn index_mut(&mut self, i: usize) -> &mut i64 { &mut self.coef[i] } }
impl Poly { const ZERO: i64 = 0; fn eval(&self, x: i64) -> i64 { self.coef.iter().rev().fold(Self::ZERO, |acc, c| acc * x + c) } }
trait Pilot { fn fly(&self) -> &'static str; fn id() -> u8 { 1 } }
trait Wizard { fn fly(&self) -> &'static str; }
struct Human;
impl Pilot for Human { fn fly(&self) -> &'static str { "captain" } }
impl Wizard for Human { fn fly(&self) -> &'static str { "up!" } }
impl Human { fn fly(&self) -> &'static str { "waving arms" } }
fn main() {
    let mut p = V2 { x: 1.0, y: 2.0 };
    let q = V2 { x: 0.5, ..Default::default() };
    p += q;
    println!("{:?} {:?} {:?}", p + q, (p - q) * 2.0, -p);
    println!("{}", p == V2 { x: 1.5, y: 2.0 });
    let m = Meters(3.5);
    println!("{}", m.0 * 2.0);
    let mut poly = Poly { coef: vec![1, 0, 2] };
    poly[1] = 3;
    println!("{} {}", poly[2], poly.eval(2));
    let h = Human;
    println!("{} {} {} {}", h.fly(), Pilot::fly(&h), <Human as Wizard>::fly(&h), <Human as Pilot>::id());
    let f: fn(i32) -> i32 = |x| x + 1;
    let fs: Vec<fn(i32) -> i32> = vec![f, i32::abs, |x| x * x];
    println!("{:?}", fs.iter().map(|g| g(-3)).collect::<Vec<_>>());
    println!("{:?}", [1, 2, 3].map(i64::from).iter().sum::<i64>());
}

// Add/AddAssign/Index/IndexMut/Deref/Neg impls, From and Into, `?` with From, TryFrom and FromStr.
use std::ops::{Add, AddAssign, Index, IndexMut, Deref, DerefMut, Neg};
use std::str::FromStr;
use std::convert::TryFrom;
#[derive(Debug, Clone, Copy, PartialEq)]
struct V(i32);
impl Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0) } }
impl<'a> Add for &'a V { type Output = V; fn add(self, o: &V) -> V { V(self.0 + o.0) } }
impl AddAssign for V { fn add_assign(&mut self, o: V) { self.0 += o.0; } }
impl Neg for V { type Output = V; fn neg(self) -> V { V(-self.0) } }
struct Grid(Vec<u32>);
impl Index<usize> for Grid { type Output = u32; fn index(&self, i: usize) -> &u32 { &self.0[i] } }
impl IndexMut<usize> for Grid { fn index_mut(&mut self, i: usize) -> &mut u32 { &mut self.0[i] } }
struct W(Vec<u32>);
impl Deref for W { type Target = Vec<u32>; fn deref(&self) -> &Vec<u32> { &self.0 } }
impl DerefMut for W { fn deref_mut(&mut self) -> &mut Vec<u32> { &mut self.0 } }
struct Meters(u32);
impl From<u32> for Meters { fn from(n: u32) -> Meters { Meters(n) } }
#[derive(Debug)]
enum AppErr { Parse(std::num::ParseIntError) }
impl From<std::num::ParseIntError> for AppErr { fn from(e: std::num::ParseIntError) -> Self { AppErr::Parse(e) } }
fn read(s: &str) -> Result<i32, AppErr> { let n: i32 = s.parse()?; Ok(n) }
struct Even(u32);
impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(n: u32) -> Result<Even, String> { if n % 2 == 0 { Ok(Even(n)) } else { Err(format!("{} odd", n)) } }
}
#[derive(Debug)]
struct P(i32);
impl FromStr for P { type Err = String; fn from_str(s: &str) -> Result<P, String> { Ok(P(s.len() as i32)) } }
fn main() {
    let mut a = V(1);
    let b = &a + &V(2);
    a += b;
    let mut g = Grid(vec![1, 2]);
    g[0] = 5;
    let mut w = W(vec![1]);
    w.push(2);
    let m: Meters = 3.into();
    let p: P = "abc".parse().unwrap();
    let e = Even::try_from(3).err().unwrap();
    let f = Even::try_from(4).map(|e| e.0).unwrap_or(0);
    let n = i64::from(7u32);
    let y: u8 = u8::try_from(300i32).unwrap_or(255);
    println!("{:?} {:?} {} {} {} {:?} {:?} {} {} {} {}", -a, a + b, g[0], w.len(), m.0, p, read("x").is_err(), e, f, n, y);
}

// Copy with Copy fields, Drop on another type, manual Clone without derive.
#[derive(Clone, Copy, Debug)]
struct P { x: u32 }
struct Guard(u32);
impl Drop for Guard { fn drop(&mut self) { println!("drop {}", self.0); } }
struct S;
impl Clone for S { fn clone(&self) -> S { S } }
fn main() {
    let a = P { x: 1 };
    let b = a;
    let _g = Guard(a.x + b.x);
    let _s = S.clone();
    println!("{:?} {:?}", a, b);
}

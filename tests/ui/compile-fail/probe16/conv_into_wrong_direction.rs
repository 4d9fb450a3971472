//@ compile-fail
// From<u32> for Meters, then Into used the other way (E0277).
struct Meters(u32);
impl From<u32> for Meters { fn from(n: u32) -> Meters { Meters(n) } }
fn main() {
    let m = Meters(3);
    let n: u32 = m.into(); //~ ERROR E0277
    println!("{}", n);
}

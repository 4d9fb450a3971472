//@ compile-fail
// u32::from(Meters) when only From<u32> for Meters exists (E0277).
struct Meters(u32);
impl From<u32> for Meters { fn from(n: u32) -> Meters { Meters(n) } }
fn main() {
    let n = u32::from(Meters(3)); //~ ERROR E0277
    println!("{}", n);
}

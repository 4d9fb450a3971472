//@ compile-fail
// Meters::from(&str) with only From<u32> (E0277).
struct Meters(u32);
impl From<u32> for Meters { fn from(n: u32) -> Meters { Meters(n) } }
fn main() {
    let m = Meters::from("3"); //~ ERROR E0277
    println!("{}", m.0);
}

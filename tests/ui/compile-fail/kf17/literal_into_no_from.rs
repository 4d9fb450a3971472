//@ compile-fail
// A float literal converted with `.into()` where only `From<u32>` exists: no `From<{float}>` (E0277).
struct Meters(u32);
impl From<u32> for Meters { fn from(n: u32) -> Meters { Meters(n) } }
fn main() {
    let m: Meters = 2.5.into(); //~ ERROR E0277
    println!("{}", m.0);
}

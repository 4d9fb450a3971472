//@ compile-fail
// `?` on a Result in a function returning Option (E0277).
fn half(s: &str) -> Option<i32> {
    let n: i32 = s.parse()?; //~ ERROR E0277
    Some(n / 2)
}
fn main() { println!("{:?}", half("4")); }

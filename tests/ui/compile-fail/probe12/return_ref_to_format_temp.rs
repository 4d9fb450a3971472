//@ compile-fail
// A method returning `&format!(..)` (E0515).
struct P {
    x: u32,
}
impl P {
    fn label(&self) -> &str {
        &format!("p{}", self.x) //~ ERROR E0515
    }
}
fn main() {
    println!("{}", P { x: 1 }.label());
}

//@ compile-fail
// A trait impl method returning a reference to a local.
trait Named { fn name(&self) -> &str; }
struct P { n: u32 }
impl Named for P {
    fn name(&self) -> &str {
        let s = self.n.to_string();
        &s //~ ERROR E0515
    }
}
fn main() {
    println!("{}", P { n: 1 }.name());
}

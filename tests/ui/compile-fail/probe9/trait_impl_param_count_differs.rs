//@ compile-fail
// The trait's `add` takes one argument besides `self`; the impl's takes none.
trait Add1 {
    fn add(&self, n: i32) -> i32;
}
struct Base(i32);
impl Add1 for Base {
    fn add(&self) -> i32 { //~ ERROR E0050
        self.0
    }
}
fn main() {
    println!("{}", Base(1).0);
}

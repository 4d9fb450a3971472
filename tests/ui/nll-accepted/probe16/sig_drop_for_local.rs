// Drop for a local generic struct, with T in its fields.
struct Holder<T: std::fmt::Debug>(T);
impl<T: std::fmt::Debug> Drop for Holder<T> { fn drop(&mut self) { println!("drop {:?}", self.0); } }
fn main() {
    let _a = Holder(1);
    let _b = Holder("x");
}

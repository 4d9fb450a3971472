//@ compile-fail
// The trait promises an `i32` back; the impl's `i64` is another type, not a wider promise.
trait Count {
    fn count(&self) -> i32;
}
struct Bag(Vec<i32>);
impl Count for Bag {
    fn count(&self) -> i64 { //~ ERROR E0053
        self.0.len() as i64
    }
}
fn main() {
    println!("{}", Bag(vec![1]).count());
}

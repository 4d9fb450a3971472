//@ compile-fail
// A `where T: Default` clause on a `Drop` impl the struct does not require.
struct Slot<T> {
    v: Option<T>,
}
impl<T> Drop for Slot<T>
where
    T: Default, //~ ERROR E0367
{
    fn drop(&mut self) {
        println!("drop {}", self.v.is_some());
    }
}
fn main() {
    let _s = Slot { v: Some(3) };
}

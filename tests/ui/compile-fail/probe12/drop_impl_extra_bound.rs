//@ compile-fail
// `impl<T: Clone> Drop for Holder<T>` adds a bound the struct does not have.
struct Holder<T> {
    v: T,
}
impl<T: Clone> Drop for Holder<T> { //~ ERROR E0367
    fn drop(&mut self) {
        let _c = self.v.clone();
        println!("drop");
    }
}
fn main() {
    let _h = Holder { v: 1 };
}

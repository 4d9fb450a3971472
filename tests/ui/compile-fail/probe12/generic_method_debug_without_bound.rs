//@ compile-fail
// An inherent method of `impl<T> Stack<T>` prints elements with `{:?}` without `T: Debug`.
struct Stack<T> {
    items: Vec<T>,
}
impl<T> Stack<T> {
    fn dump(&self) {
        for x in &self.items {
            println!("{:?}", x); //~ ERROR E0277
        }
    }
}
fn main() {
    let s = Stack { items: vec![1] };
    s.dump();
}

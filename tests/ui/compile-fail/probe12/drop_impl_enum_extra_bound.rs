//@ compile-fail
// `impl<T: std::fmt::Debug> Drop for Tree<T>` on an enum declared without the bound.
enum Tree<T> {
    Leaf(T),
    Empty,
}
impl<T: std::fmt::Debug> Drop for Tree<T> { //~ ERROR E0367
    fn drop(&mut self) {
        if let Tree::Leaf(v) = self {
            println!("drop {v:?}");
        }
    }
}
fn main() {
    let _t = Tree::Leaf(1);
    let _e: Tree<u8> = Tree::Empty;
}

//@ compile-fail
// A generic stack's contains() compares elements with `==` without a `T: PartialEq` bound.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn contains(&self, x: &T) -> bool {
        for it in &self.items {
            if it == x { //~ ERROR E0369
                return true;
            }
        }
        false
    }
}

fn main() {
    let s = Stack { items: vec![1, 2] };
    println!("{}", s.contains(&2));
}

//@ compile-fail
// A generic stack returning a clone of its top element without a `T: Clone` bound.
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn peek_owned(&self) -> Option<T> {
        self.items.last().cloned() //~ ERROR E0277
    }
}

fn main() {
    let s = Stack { items: vec![String::from("x")] };
    println!("{:?}", s.peek_owned());
}

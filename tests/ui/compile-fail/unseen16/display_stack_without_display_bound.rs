//@ compile-fail
// Display for a generic stack printing its elements with {} but without `T: Display`.
use std::fmt;

struct Stack<T> {
    items: Vec<T>,
}

impl<T> fmt::Display for Stack<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for x in &self.items {
            write!(f, "{} ", x)?; //~ ERROR E0277
        }
        Ok(())
    }
}

fn main() {
    let s = Stack { items: vec![1, 2, 3] };
    println!("{}", s);
}

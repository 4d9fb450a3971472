//@ compile-fail
// A second mutable borrow while a reference to a `&mut self` method's result is still used.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn top(&mut self) -> &i32 {
        &self.items[0]
    }
}

fn main() {
    let mut s = Stack { items: vec![4, 2] };
    let t = s.top();
    let r = &t;
    s.items.push(1); //~ ERROR E0499
    println!("{}", r);
}

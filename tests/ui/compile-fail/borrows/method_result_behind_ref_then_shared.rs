//@ compile-fail
// The `&mut self` borrow held by a method's result stays alive through a reference to that result.
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
    let n = s.items.len(); //~ ERROR E0502
    println!("{} {}", r, n);
}

//@ compile-fail
// Calling a `&mut self` method on an immutable binding.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn push(&mut self, x: i32) {
        self.items.push(x);
    }
}

fn main() {
    let s = Stack { items: vec![] };
    s.push(1); //~ ERROR E0596
    println!("{}", s.items.len());
}

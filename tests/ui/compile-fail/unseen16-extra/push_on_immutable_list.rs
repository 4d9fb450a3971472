//@ compile-fail
// Calling a `&mut self` push on a list bound without `mut`.
struct Stack {
    items: Vec<char>,
}

impl Stack {
    fn push(&mut self, c: char) {
        self.items.push(c);
    }
}

fn main() {
    let s = Stack { items: Vec::new() };
    s.push('a'); //~ ERROR E0596
    println!("{:?}", s.items);
}

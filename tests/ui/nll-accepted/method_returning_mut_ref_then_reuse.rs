// A method returning `&mut` borrows self only until the result's last use.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn top(&mut self) -> &mut i32 {
        self.items.last_mut().unwrap()
    }
}

fn main() {
    let mut s = Stack { items: vec![1, 2] };
    *s.top() += 10;
    let t = s.top();
    *t *= 2;
    s.items.push(7);
    println!("{:?}", s.items);
}

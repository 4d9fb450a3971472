//@ compile-fail
// A method returning `&mut` keeps `self` mutably borrowed while the result lives.
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
    let t1 = s.top();
    let t2 = s.top(); //~ ERROR E0499
    *t1 += *t2;
}

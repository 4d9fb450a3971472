//@ compile-fail
// `if let Some(n) = self.next` on `&mut self` with a Box payload.
struct Node { next: Option<Box<Node>>, v: i32 }
impl Node {
    fn second(&mut self) -> i32 {
        if let Some(n) = self.next { //~ ERROR E0507
            return n.v;
        }
        self.v
    }
}
fn main() {
    let mut n = Node { next: None, v: 1 };
    println!("{}", n.second());
}

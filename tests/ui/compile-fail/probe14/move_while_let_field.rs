//@ compile-fail
// `while let Some(x) = self.head` moves the field out of `&mut self`.
struct List { head: Option<Box<u32>> }
impl List {
    fn drain(&mut self) {
        while let Some(b) = self.head { //~ ERROR E0507
            println!("{}", b);
        }
    }
}
fn main() {
    let mut l = List { head: Some(Box::new(1)) };
    l.drain();
}

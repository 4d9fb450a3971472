//@ compile-fail
// `for x in self.items` on `&mut self`.
struct Bag { items: Vec<String> }
impl Bag {
    fn show(&mut self) {
        for x in self.items { //~ ERROR E0507
            println!("{}", x);
        }
    }
}
fn main() {
    Bag { items: vec![] }.show();
}

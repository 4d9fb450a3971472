//@ compile-fail
// A hand-written `impl Copy` is checked as a derive is: a `Vec` field cannot be copied bit for bit.
struct Bag {
    items: Vec<i32>,
}
impl Clone for Bag {
    fn clone(&self) -> Bag {
        Bag { items: self.items.clone() }
    }
}
impl Copy for Bag {} //~ ERROR E0204
fn main() {
    let a = Bag { items: vec![1] };
    let b = a;
    println!("{} {}", a.items.len(), b.items.len());
}

//@ compile-fail
// Calling a `&mut self` method while iterating over `self.items`.
struct Shop { items: Vec<i32>, total: i32 }
impl Shop {
    fn add(&mut self, x: i32) { self.total += x; }
    fn sum(&mut self) {
        for x in self.items.iter() {
            self.add(*x); //~ ERROR E0502
        }
    }
}
fn main() {
    let mut s = Shop { items: vec![1], total: 0 };
    s.sum();
    println!("{}", s.total);
}

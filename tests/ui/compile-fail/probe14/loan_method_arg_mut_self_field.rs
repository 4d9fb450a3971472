//@ compile-fail
// `self.items.push(self.next())` where `next` takes `&mut self`.
struct Gen { items: Vec<i32>, n: i32 }
impl Gen {
    fn next(&mut self) -> i32 { self.n += 1; self.n }
    fn fill(&mut self) {
        self.items.push(self.next()); //~ ERROR E0499
    }
}
fn main() {
    let mut g = Gen { items: vec![], n: 0 };
    g.fill();
    println!("{:?}", g.items);
}

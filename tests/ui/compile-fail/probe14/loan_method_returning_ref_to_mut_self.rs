//@ compile-fail
// A method `fn get(&mut self) -> &i32` keeps `self` mutably borrowed.
struct Counter { n: i32 }
impl Counter {
    fn bump(&mut self) -> &i32 { self.n += 1; &self.n }
}
fn main() {
    let mut c = Counter { n: 0 };
    let a = c.bump();
    let b = c.bump(); //~ ERROR E0499
    println!("{} {}", a, b);
}

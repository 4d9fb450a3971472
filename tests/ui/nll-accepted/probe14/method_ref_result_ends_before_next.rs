// A `&mut self` method's result used before the next call.
struct Counter { n: i32 }
impl Counter {
    fn bump(&mut self) -> &i32 { self.n += 1; &self.n }
}
fn main() {
    let mut c = Counter { n: 0 };
    let a = *c.bump();
    let b = c.bump();
    println!("{} {}", a, b);
}

// Generic and Self-returning methods with `where Self: Sized` keep a trait dyn compatible.
trait Store {
    fn name(&self) -> String;
    fn put<T: std::fmt::Debug>(&self, t: T) -> String where Self: Sized { format!("{:?}", t) }
    fn dup(&self) -> Self where Self: Sized;
    fn make() -> u32 where Self: Sized { 5 }
}
struct S;
impl Store for S {
    fn name(&self) -> String { "s".into() }
    fn dup(&self) -> Self { S }
}
fn main() {
    let b: Box<dyn Store> = Box::new(S);
    println!("{} {} {}", b.name(), S.put(3), S::make());
    let _ = S.dup();
}

// A trait with an associated constant used through generics instead of `dyn` (dyn-compatible alternative).
trait Limit {
    const MAX: u32;
    fn get(&self) -> u32;
}
struct S;
impl Limit for S {
    const MAX: u32 = 3;
    fn get(&self) -> u32 {
        Self::MAX
    }
}
fn show<L: Limit>(l: &L) -> u32 {
    l.get() + L::MAX
}
fn main() {
    println!("{}", show(&S));
}

// `impl<T> Pair<T> where T: PartialOrd` used with `u32`.
struct Pair<T> {
    a: T,
    b: T,
}
impl<T> Pair<T>
where
    T: PartialOrd,
{
    fn max(&self) -> &T {
        if self.a > self.b { &self.a } else { &self.b }
    }
}
fn main() {
    let p = Pair { a: 3, b: 9 };
    println!("{}", p.max());
}

// a trait with a generic method (`where Self: Sized`) next to dyn-callable methods
trait Store {
    fn get(&self, k: &str) -> Option<i32>;
    fn get_or<T: Into<i32>>(&self, k: &str, d: T) -> i32
    where
        Self: Sized,
    {
        self.get(k).unwrap_or(d.into())
    }
}
struct Pairs(Vec<(String, i32)>);
impl Store for Pairs {
    fn get(&self, k: &str) -> Option<i32> {
        self.0.iter().find(|(n, _)| n == k).map(|(_, v)| *v)
    }
}
fn lookup(s: &dyn Store, k: &str) -> String {
    match s.get(k) {
        Some(v) => v.to_string(),
        None => "-".to_string(),
    }
}
fn main() {
    let p = Pairs(vec![("a".into(), 1), ("b".into(), 2)]);
    println!("{} {}", lookup(&p, "a"), lookup(&p, "z"));
    println!("{} {}", p.get_or("b", 0i8), p.get_or("q", 7u16));
}

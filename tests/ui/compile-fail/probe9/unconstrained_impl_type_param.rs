//@ compile-fail
// `T` appears in neither `Counter` nor a trait: nothing tells which `T` a call to `get` would use.
struct Counter {
    n: u32,
}
impl<T> Counter { //~ ERROR E0207
    fn get(&self) -> u32 {
        self.n
    }
}
fn main() {
    let c = Counter { n: 1 };
    println!("{}", c.n);
}

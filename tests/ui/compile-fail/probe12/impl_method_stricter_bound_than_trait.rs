//@ compile-fail
// An impl method adds `U: Clone` to the trait method's generic parameter.
trait Store {
    fn put<U>(&mut self, x: U);
}
struct S(usize);
impl Store for S {
    fn put<U: Clone>(&mut self, x: U) { //~ ERROR E0276
        let _c = x.clone();
        self.0 += 1;
    }
}
fn main() {
    let mut s = S(0);
    s.put(1);
    println!("{}", s.0);
}

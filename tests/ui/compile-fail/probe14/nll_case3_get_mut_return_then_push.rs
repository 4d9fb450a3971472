//@ compile-fail
// NLL problem case 3 with `&mut self`: returning `get_mut`'s result conditionally, then pushing.
struct S { v: Vec<i32> }
impl S {
    fn get_or_push(&mut self, k: usize) -> &mut i32 {
        if let Some(x) = self.v.get_mut(k) {
            return x;
        }
        self.v.push(0); //~ ERROR E0499
        self.v.last_mut().unwrap() //~ ERROR E0499
    }
}
fn main() {
    let mut s = S { v: vec![] };
    *s.get_or_push(3) += 1;
}

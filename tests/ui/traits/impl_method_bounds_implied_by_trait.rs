// Impl method bounds implied by the trait's (same trait, a subtrait, inline or where) are no E0276.
use std::fmt::Debug;
trait St { fn a<U: Copy>(&self, x: U) -> U; fn b<U>(&self, x: U) -> U where U: Clone; fn c<U: Ord>(&self, x: U) -> U; fn d<U: Debug + Clone>(&self, x: U) -> U; }
struct S;
impl St for S {
    fn a<U: Clone>(&self, x: U) -> U { x.clone() }
    fn b<U: Clone>(&self, x: U) -> U { x.clone() }
    fn c<U: PartialOrd + Eq>(&self, x: U) -> U { x }
    fn d<U>(&self, x: U) -> U where U: Debug { x }
}
fn main() { println!("{} {} {} {}", S.a(1), S.b(2), S.c(3), S.d(4)); }

//@ compile-fail
// `const fn` in a trait impl is E0379.
trait Zero {
    fn zero() -> u32;
}
struct S;
impl Zero for S {
    const fn zero() -> u32 { //~ ERROR E0379
        0
    }
}
fn main() {}

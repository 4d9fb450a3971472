//@ compile-fail
// An impl leaves out the trait's associated constant.
trait Limit {
    const MAX: u32;
}
struct S;
impl Limit for S {} //~ ERROR E0046
fn main() {
    println!("{}", S::MAX);
}

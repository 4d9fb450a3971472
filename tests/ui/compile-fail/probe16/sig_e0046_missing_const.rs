//@ compile-fail
// An impl missing the trait's associated const (E0046).
trait Limit { const MAX: u32; }
struct S;
impl Limit for S {} //~ ERROR E0046
fn main() { println!("{}", S::MAX); }

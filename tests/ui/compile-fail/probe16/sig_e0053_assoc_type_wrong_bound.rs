//@ compile-fail
// An associated type that does not satisfy the trait's bound on it (E0277).
trait Source { type Item: std::fmt::Display; fn get(&self) -> Self::Item; }
struct P;
struct S;
impl Source for S { type Item = P; fn get(&self) -> P { P } } //~ ERROR E0277
fn main() {}

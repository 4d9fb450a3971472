//@ compile-fail
// `trait A: B` and `trait B: A` form a cycle.
trait A: B {} //~ ERROR E0391
trait B: A {}
fn main() {}

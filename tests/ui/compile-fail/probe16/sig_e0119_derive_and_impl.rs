//@ compile-fail
// #[derive(Clone)] and a manual impl Clone for the same type (E0119).
#[derive(Clone)] //~ ERROR E0119
struct S;
impl Clone for S { fn clone(&self) -> S { S } }
fn main() { let _ = S.clone(); }

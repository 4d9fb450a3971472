//@ compile-fail
// impl Copy for a struct holding a Vec (E0204).
#[derive(Clone)]
struct P { v: Vec<u32> }
impl Copy for P {} //~ ERROR E0204
fn main() { let _ = P { v: vec![] }; }

//@ compile-fail
// Two `use` declarations of the same name (E0252).
mod a { pub fn f() -> u32 { 1 } }
mod b { pub fn f() -> u32 { 2 } }
use a::f;
use b::f; //~ ERROR E0252
fn main() { println!("{}", f()); }

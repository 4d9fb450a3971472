//@ compile-fail
// A `use` clashing with a local function of the same name (E0255).
mod a { pub fn f() -> u32 { 1 } }
use a::f;
fn f() -> u32 { 2 } //~ ERROR E0255
fn main() { println!("{}", f()); }

//@ compile-fail
// Two glob imports bringing the same name, then using it (E0659).
mod a { pub fn f() -> u32 { 1 } }
mod b { pub fn f() -> u32 { 2 } }
use a::*;
use b::*;
fn main() {
    println!("{}", f()); //~ ERROR E0659
}

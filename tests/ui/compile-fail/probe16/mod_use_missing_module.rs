//@ compile-fail
// `use` of a module that does not exist (E0432).
use tools::helper; //~ ERROR E0432
fn main() { println!("{}", helper()); }

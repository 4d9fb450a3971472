//@ compile-fail
// `use` of a private function (E0603).
mod util {
    fn helper() -> u32 { 1 }
}
use util::helper; //~ ERROR E0603
fn main() { println!("{}", helper()); }

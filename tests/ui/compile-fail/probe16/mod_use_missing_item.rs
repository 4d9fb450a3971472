//@ compile-fail
// `use` of an item that does not exist (E0432).
mod util {
    pub fn helper() -> u32 { 1 }
}
use util::helpr; //~ ERROR E0432
fn main() { println!("{}", helpr()); }

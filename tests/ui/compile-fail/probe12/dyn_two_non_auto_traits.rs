//@ compile-fail
// `dyn Debug + Display`: only auto traits may be added.
use std::fmt::{Debug, Display};
fn show(x: &(dyn Debug + Display)) { //~ ERROR E0225
    println!("{x}");
}
fn main() {
    show(&1);
}

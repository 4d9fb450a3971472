//@ compile-fail
// Cell::get is called on a Cell<String>, but get needs a Copy payload.
use std::cell::Cell;

fn main() {
    let label = Cell::new(String::from("tank A"));
    let current = label.get(); //~ ERROR E0599
    label.set(format!("{} (refilled)", current));
    println!("{}", label.into_inner());
}

//@ compile-fail
// A field of a value shared through Rc is assigned directly, without a Cell or RefCell.
use std::rc::Rc;

struct Plant {
    name: String,
    need: u32,
}

fn main() {
    let basil = Rc::new(Plant { name: "basil".to_string(), need: 1 });
    let shared = Rc::clone(&basil);
    shared.need = 2; //~ ERROR E0594
    println!("{} needs {}", basil.name, basil.need);
}

//@ compile-fail
// A generic bound naming a trait that does not exist.
fn show<T: Printable>(t: T) -> T { //~ ERROR E0405
    t
}

fn main() {
    let _ = show(1);
}

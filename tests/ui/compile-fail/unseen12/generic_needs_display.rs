//@ compile-fail
// A generic function prints its argument with {} but has no Display bound.
fn announce<T>(item: T) {
    println!("now serving {}", item); //~ ERROR E0277
}

fn main() {
    announce(42);
}

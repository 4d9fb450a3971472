//@ compile-fail
// `Box<dyn Debug>` means `Box<dyn Debug + 'static>`: a `T` without `'static` cannot go in.
use std::fmt::Debug;

fn store<T: Debug>(shelf: &mut Vec<Box<dyn Debug>>, item: T) {
    shelf.push(Box::new(item)); //~ ERROR E0310
}

fn main() {
    let mut shelf = Vec::new();
    store(&mut shelf, 3);
    println!("{:?}", shelf);
}

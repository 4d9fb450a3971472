//@ compile-fail
// A factory returns a boxed closure that borrows a local vector instead of moving it.
fn make_counter() -> Box<dyn Fn() -> usize> {
    let items = vec!["a", "b", "c"];
    Box::new(|| items.len()) //~ ERROR E0373
}

fn main() {
    let count = make_counter();
    println!("{}", count());
}

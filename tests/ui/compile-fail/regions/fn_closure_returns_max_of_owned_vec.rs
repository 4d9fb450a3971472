//@ compile-fail
// A `move` closure returning `iter().max()` of the Vec it owns: the `Option<&i32>` borrows its environment.
fn main() {
    let items = vec![3, 4];
    let mut it = move || items.iter().max(); //~ ERROR lifetime may not live long enough
    println!("{:?}", it());
}

//@ compile-fail
// A struct holding `&v` is used after `v` is modified.
struct View<'a> { items: &'a Vec<i32> }
fn main() {
    let mut v = vec![1];
    let view = View { items: &v };
    v.push(2); //~ ERROR E0502
    println!("{}", view.items.len());
}

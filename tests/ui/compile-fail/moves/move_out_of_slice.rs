//@ compile-fail
// A String cannot be moved out of a slice by index: the slice only borrows its elements.
fn first(items: &[String]) -> String {
    items[0] //~ ERROR E0508
}

fn main() {
    let v = vec![String::from("a"), String::from("b")];
    println!("{}", first(&v));
}

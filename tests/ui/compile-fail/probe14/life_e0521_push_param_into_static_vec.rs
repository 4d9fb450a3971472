//@ compile-fail
// A parameter's borrow escapes into a `&mut Vec<&'static str>`.
fn add(list: &mut Vec<&'static str>, item: &str) {
    list.push(item); //~ ERROR E0521
}
fn main() {
    let mut v = Vec::new();
    add(&mut v, "a");
    println!("{:?}", v);
}

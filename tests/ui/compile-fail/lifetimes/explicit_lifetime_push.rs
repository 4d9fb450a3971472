//@ compile-fail
// Pushing a short-lived reference into a Vec of 'a references.
fn add<'a>(list: &mut Vec<&'a str>, item: &str) {
    list.push(item); //~ ERROR E0621
}

fn main() {
    let mut list = Vec::new();
    add(&mut list, "one");
    println!("{:?}", list);
}

//@ compile-fail
// A boxed trait object whose item type borrows from one of two inputs.
fn words(a: &str, b: &str) -> Box<dyn Iterator<Item = &str>> { //~ ERROR E0106
    Box::new(a.split(' ').chain(b.split(' ')))
}

fn main() {
    let v: Vec<&str> = words("a b", "c").collect();
    println!("{:?}", v);
}

//@ compile-fail
// Both lifetimes are anonymous: the pushed reference may not outlive the vector's elements.
fn add(v: &mut Vec<&str>, s: &str) {
    v.push(s); //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut v = Vec::new();
    add(&mut v, "x");
    println!("{:?}", v);
}

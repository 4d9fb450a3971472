//@ compile-fail
// A function promising `Vec<&'static str>` returns borrows of its parameter.
fn words(s: &str) -> Vec<&'static str> {
    s.split(' ').collect() //~ ERROR lifetime may not live long enough
}

fn main() {
    let text = String::from("a b");
    println!("{:?}", words(&text));
}

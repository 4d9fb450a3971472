//@ compile-fail
// A `Vec<&'static str>` variable cannot hold a slice of a local String.
fn main() {
    let owned = String::from("abc");
    let mut v: Vec<&'static str> = Vec::new();
    v.push(&owned); //~ ERROR E0597
    println!("{:?}", v);
}

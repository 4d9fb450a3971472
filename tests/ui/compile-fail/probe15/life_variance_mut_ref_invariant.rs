//@ compile-fail
// `&mut Vec<&'static str>` cannot take a shorter-lived item through a generic push.
fn add<'a>(v: &mut Vec<&'a str>, s: &'a str) { v.push(s); }
fn main() {
    let mut v: Vec<&'static str> = vec!["a"];
    let owned = String::from("b");
    add(&mut v, &owned); //~ ERROR E0597
    println!("{:?}", v);
}

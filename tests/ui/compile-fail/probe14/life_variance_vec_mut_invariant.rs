//@ compile-fail
// `&mut Vec<&'a str>` given a shorter `&str` in a function with two lifetimes.
fn add<'a, 'b>(v: &mut Vec<&'a str>, s: &'b str) {
    v.push(s); //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut v = vec!["a"];
    add(&mut v, "b");
    println!("{:?}", v);
}

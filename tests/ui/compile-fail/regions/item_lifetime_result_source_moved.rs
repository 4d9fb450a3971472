//@ compile-fail
// The result of `first(&v)` borrows the String the items point into: moving it while the result lives is E0505.
fn first<'a>(xs: &[&'a str]) -> &'a str {
    xs[0]
}

fn main() {
    let text = String::from("hello world");
    let v: Vec<&str> = text.split(' ').collect();
    let r = first(&v);
    drop(text); //~ ERROR E0505
    println!("{} {}", r, v.len());
}

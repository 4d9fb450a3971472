//@ compile-fail
// Pushing a `&'b str` into a Vec of `&'a str` without `'b: 'a`.
fn add<'a, 'b>(v: &mut Vec<&'a str>, s: &'b str) {
    v.push(s); //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut v = Vec::new();
    add(&mut v, "x");
    println!("{:?}", v);
}

//@ compile-fail
// Data copied out of `&[&'b str]` lives for `'b`, which is not known to outlive `'a`.
fn first<'a, 'b>(words: &[&'b str]) -> &'a str {
    let w = words[0];
    w //~ ERROR lifetime may not live long enough
}

fn main() {
    let v = vec!["x"];
    println!("{}", first(&v));
}

//@ compile-fail
// An element copied out of `&[&str]` has the slice's elided inner lifetime, not the promised `'a`.
fn first<'a>(words: &[&str]) -> &'a str {
    words[0] //~ ERROR E0621
}

fn main() {
    let v = vec!["x"];
    println!("{}", first(&v));
}

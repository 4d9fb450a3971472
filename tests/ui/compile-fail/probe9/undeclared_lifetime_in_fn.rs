//@ compile-fail
// A lifetime written in a signature must be declared: `'a` is not a parameter of `first`.
fn first(words: &'a [String]) -> String { //~ ERROR E0261
    words[0].clone()
}
fn main() {
    let v = vec![String::from("a")];
    println!("{}", first(&v));
}

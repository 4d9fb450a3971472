//@ compile-fail
// `push_str` takes a `&str`; a `char` goes with `push`.
fn main() {
    let mut s = String::from("ab");
    s.push_str('c'); //~ ERROR E0308
    println!("{}", s);
}

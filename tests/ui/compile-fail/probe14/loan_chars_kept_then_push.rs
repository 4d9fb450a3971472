//@ compile-fail
// `s.chars()` iterator kept across `push`.
fn main() {
    let mut s = String::from("ab");
    let mut cs = s.chars();
    s.push('c'); //~ ERROR E0502
    println!("{:?}", cs.next());
}

//@ compile-fail
// `chars().nth(0)` is Option<char>, bound to char (E0308).
fn main() {
    let s = "abc";
    let c: char = s.chars().nth(0); //~ ERROR E0308
    println!("{}", c);
}

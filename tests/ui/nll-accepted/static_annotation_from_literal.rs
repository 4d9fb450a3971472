// A `&'static str` local may hold a literal, then another literal.
fn main() {
    let mut s: &'static str = "abc";
    println!("{}", s);
    s = "def";
    println!("{}", s);
}

// A `&str` slice of a String used up before the String grows.
fn main() {
    let mut s = String::from("hello world");
    let word = &s[..5];
    println!("{}", word);
    s.push_str("!!");
    let tail = &s[6..];
    println!("{}", tail);
    s.clear();
    println!("[{}]", s);
}

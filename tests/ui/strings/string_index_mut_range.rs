// A mutable range of a String is a &mut str (IndexMut with ranges)
fn main() {
    let mut s = String::from("hello");
    let t = &mut s[1..3];
    t.make_ascii_uppercase();
    println!("{}", s);
}

// A move closure takes ownership of the String it captures.
fn main() {
    let s = String::from("captured");
    let f = move || s.len();
    println!("{}", f());
    println!("{}", f());
    let v = vec![1, 2, 3];
    let consume = move || v;
    let back = consume();
    println!("{back:?}");
}

// drain(..n) collected into a new String ends the &mut borrow; the drained text is then appended to the original.
fn main() {
    let mut s = String::from("hello world");
    let head: String = s.drain(..6).collect();
    s.push(' ');
    s.push_str(head.trim());
    println!("{:?}", s);
}

// NLL: a mutable borrow not used after a point no longer blocks reading the owner.
fn main() {
    let mut s = String::from("hello");
    let r = &mut s;
    r.push_str(" world");
    println!("{}", s);
    let len = s.len();
    println!("len {}", len);
    s.push('!');
    println!("{}", s);
}

// Two-phase borrows: the argument may read the receiver before the mutable use begins.
fn main() {
    let mut v = vec![1, 2];
    v.extend(v.clone());
    v.truncate(v.len() - 1);
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    s.insert(s.len(), '!');
    println!("{:?} {}", v, s);
}

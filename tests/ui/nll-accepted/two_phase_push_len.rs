// Two-phase borrow: `v.push(v.len())` reads v while the push's `&mut v` is only reserved.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(v.len());
    v.push(v.len() * 10);
    println!("{:?}", v);
    let mut s = String::from("ab");
    s.push_str(&s.len().to_string());
    println!("{}", s);
    println!("done");
}

// Two-phase borrows: the arguments read the Vec before the mutable call activates.
fn main() {
    let mut v = vec![10, 20];
    v.push(v.len() as i32);
    v.insert(v.len() / 2, v[0] + v[1]);
    v.truncate(v.len() - 1);
    let mut s = String::from("ab");
    s.push_str(&s.len().to_string());
    s.insert(0, s.chars().last().unwrap());
    println!("{:?} {}", v, s);
}

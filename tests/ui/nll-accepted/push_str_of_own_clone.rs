// The argument `&s.clone()` is evaluated while the `&mut s` of `push_str` is only reserved.
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    let mut v = vec![1, 2];
    v.extend(v.clone());
    println!("{} {:?}", s, v);
}

// sort_by_key returning an owned key, sort_by comparing borrows.
fn main() {
    let mut v = vec![String::from("bb"), String::from("a")];
    v.sort_by_key(|s| s.len());
    println!("{:?}", v);
    v.sort_by(|a, b| a.cmp(b));
    println!("{:?}", v);
}

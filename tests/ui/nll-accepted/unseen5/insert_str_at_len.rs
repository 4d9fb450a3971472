// Two-phase borrows on String methods whose arguments read the same String.
fn main() {
    let mut s = String::from("ab");
    s.insert_str(s.len(), "cd");
    s.insert(s.len() / 2, '-');
    s.truncate(s.len() - 1);
    let mut v = vec![1, 2];
    v.insert(v.len(), v[0] + v[1]);
    v.resize(v.len() * 2, 0);
    println!("{} {:?}", s, v);
}

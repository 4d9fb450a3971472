// `min_by_key(|s| s.as_str())` over `iter()` returns a borrow of the collection, not of the `&&String`.
fn main() {
    let v = vec![String::from("b"), String::from("a")];
    let m = v.iter().min_by_key(|s| s.as_str());
    println!("{:?}", m);
    let mut words = vec!["b", "a"];
    words.sort_by_key(|w| *w);
    println!("{:?}", words);
}

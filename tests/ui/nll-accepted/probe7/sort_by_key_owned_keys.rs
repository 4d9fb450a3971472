// Keys that own their data (a length, a clone) or copy out of the element are fine for `sort_by_key`.
fn main() {
    let mut names = vec![String::from("bb"), String::from("a")];
    names.sort_by_key(|s| s.len());
    println!("{:?}", names);
    names.sort_by_key(|s| s.clone());
    println!("{:?}", names);
    let mut pairs = vec![(String::from("b"), 2), (String::from("a"), 1)];
    pairs.sort_by_key(|p| p.1);
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    println!("{:?}", pairs);
    let mut refs: Vec<&String> = names.iter().collect();
    refs.sort_by_key(|s| s.len());
    println!("{:?}", refs);
}

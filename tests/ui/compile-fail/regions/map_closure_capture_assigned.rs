//@ compile-fail
// Mutating the captured local while the `map` adapter still holds the closure: E0506.
fn distance(a: &str, b: &str) -> usize {
    a.len().abs_diff(b.len())
}
fn main() {
    let words = vec!["a", "abc"];
    let mut local = String::from("ab");
    let it = words.iter().map(|w| (*w, distance(&local, w)));
    local = String::new(); //~ ERROR E0506
    let v: Vec<(&str, usize)> = it.collect();
    println!("{:?} {}", v, local);
}

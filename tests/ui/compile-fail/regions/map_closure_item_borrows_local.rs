//@ compile-fail
// A `map` closure calling a function that keeps nothing may still put a local into the items: E0373.
fn distance(a: &str, b: &str) -> usize {
    a.len().abs_diff(b.len())
}
fn near<'a>(words: &'a [String]) -> Vec<(&'a str, &'a str)> {
    let local = String::from("ab");
    let out: Vec<(&str, &str)> = words.iter().map(|w| (w.as_str(), if distance(&local, w) < 2 { local.as_str() } else { "" })).collect(); //~ ERROR E0373
    out
}
fn main() {
    println!("{:?}", near(&[String::from("a")]));
}

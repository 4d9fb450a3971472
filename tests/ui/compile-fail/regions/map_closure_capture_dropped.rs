//@ compile-fail
// The distances are ref-free but the local is dropped while the iterator still borrows it.
fn distance(a: &str, b: &str) -> usize {
    a.len().abs_diff(b.len())
}
fn main() {
    let words = vec!["a", "abc"];
    let it;
    {
        let local = String::from("ab");
        it = words.iter().map(|w| (*w, distance(&local, w))); //~ ERROR E0597
    }
    let v: Vec<(&str, usize)> = it.collect();
    println!("{:?}", v);
}

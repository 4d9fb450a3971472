//@ compile-fail
// Items copied out of a Vec of a local String's words, given by name to a function written `fn(&'static str)`.
fn keep(w: &'static str) -> usize {
    w.len()
}
fn main() {
    let s = String::from("a bb");
    let words: Vec<&str> = s.split(' ').collect(); //~ ERROR E0597
    let n: usize = words.iter().copied().map(keep).sum();
    println!("{}", n);
}

//@ compile-fail
// The items given to a closure taking `&'static str` borrow a local `String`: the requirement reaches the creator (E0597).
fn main() {
    let s = String::from("abc");
    let words: Vec<&str> = vec![s.as_str(), "b"]; //~ ERROR E0597
    let f = |w: &'static str| w.len();
    words.iter().for_each(|w| { f(w); });
}

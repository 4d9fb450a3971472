//@ compile-fail
// `for_each` over items borrowed from a local: each thread needs them for `'static`.
use std::thread;
fn main() {
    let owned = vec![String::from("ab"), String::from("c")];
    let words: Vec<&str> = owned.iter().map(|s| s.as_str()).collect(); //~ ERROR E0597
    let mut hs = Vec::new();
    words.into_iter().for_each(|w| hs.push(thread::spawn(move || w.len())));
    for h in hs { println!("{}", h.join().unwrap()); }
}

//@ compile-fail
// Behind `filter`'s own `&`, the item's region is the creator's: a borrowed local cannot reach a thread.
use std::thread;
fn main() {
    let owned = String::from("ab");
    let words = vec![owned.as_str(), "c"]; //~ ERROR E0597
    let n = words.into_iter().filter(|w| { let w = *w; thread::spawn(move || w.len()); true }).count();
    println!("{}", n);
}

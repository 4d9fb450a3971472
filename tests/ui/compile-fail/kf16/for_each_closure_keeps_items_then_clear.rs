//@ compile-fail
// Items kept in `out` by a `for_each` closure still borrow `words`, which cannot then be cleared (E0502).
fn main() {
    let mut words = vec![String::from("a"), String::from("bb")];
    let mut total = 0;
    let mut out: Vec<&String> = Vec::new();
    words.iter().for_each(|w| {
        total += w.len();
        out.push(w);
    });
    words.clear(); //~ ERROR E0502
    println!("{} {:?}", total, out);
}

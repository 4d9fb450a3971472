//@ compile-fail
// A closure storing its parameter, bound to a variable and called from another closure: the borrow of
// `text` it keeps ends up in `out`, so `text` cannot be moved while `out` is used.
fn main() {
    let text = String::from("a b");
    let mut out: Vec<&str> = Vec::new();
    let mut add = |w| out.push(w);
    text.split(' ').for_each(|w| add(w));
    drop(text); //~ ERROR E0505
    println!("{:?}", out);
}

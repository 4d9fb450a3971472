//@ compile-fail
// A closure pushing its parameter into a captured `Vec<&str>`, called directly: the borrow of `text` ends up in `out`.
fn main() {
    let text = String::from("a b");
    let mut out: Vec<&str> = Vec::new();
    let mut add = |w| out.push(w);
    add(text.as_str());
    drop(text); //~ ERROR E0505
    println!("{:?}", out);
}

// The storing closure's borrow of `text` lives in `out` until `out` is last used; `text` is moved after that.
fn main() {
    let text = String::from("a b");
    let mut out: Vec<&str> = Vec::new();
    let mut add = |w| out.push(w);
    for w in text.split(' ') {
        add(w);
    }
    println!("{:?}", out);
    drop(text);
}

//@ compile-fail
// The storing closure called in an `if`: the borrow may be in `out` after it.
fn main() {
    let text = String::from("a b");
    let mut out: Vec<&str> = Vec::new();
    let mut add = |w| out.push(w);
    if text.len() > 1 {
        add(&text);
    }
    drop(text); //~ ERROR E0505
    println!("{:?}", out);
}

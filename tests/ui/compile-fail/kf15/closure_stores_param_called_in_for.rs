//@ compile-fail
// The storing closure called on each item of a `for` loop over `split`.
fn main() {
    let text = String::from("a b");
    let mut out: Vec<&str> = Vec::new();
    let mut add = |w| out.push(w);
    for w in text.split(' ') {
        add(w);
    }
    drop(text); //~ ERROR E0505
    println!("{:?}", out);
}

//@ compile-fail
// The closure captures `r`, a `&mut` to `out`, and pushes its parameter through it.
fn main() {
    let text = String::from("a b");
    let mut out: Vec<&str> = Vec::new();
    let r = &mut out;
    let mut add = |w| r.push(w);
    add(text.as_str());
    drop(text); //~ ERROR E0505
    println!("{:?}", out);
}

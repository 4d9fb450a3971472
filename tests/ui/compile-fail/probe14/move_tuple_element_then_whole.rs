//@ compile-fail
// Moving one element out of a tuple, then the whole tuple.
fn main() {
    let t = (String::from("a"), 5);
    let s = t.0;
    let u = t; //~ ERROR E0382
    println!("{} {}", s, u.1);
}

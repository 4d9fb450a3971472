//@ compile-fail
// Moving one element of a tuple then using the tuple.
fn main() {
    let t = (String::from("a"), 1);
    let s = t.0;
    let u = t; //~ ERROR E0382
    println!("{} {:?}", s, u);
}

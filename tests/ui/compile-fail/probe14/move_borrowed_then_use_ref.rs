//@ compile-fail
// Moving a value while a reference to it is alive.
fn main() {
    let s = String::from("a");
    let r = &s;
    let t = s; //~ ERROR E0505
    println!("{} {}", r, t);
}

//@ compile-fail
// a closure returning a reference to the local it captured: the result keeps that local borrowed
fn main() {
    let label = String::from("tag");
    let get = || &label;
    let r = get();
    drop(label); //~ ERROR E0505
    println!("{}", r);
}

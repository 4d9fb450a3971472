//@ compile-fail
// A `move` closure returning `as_str()` of the String it owns: an `Fn` closure cannot lend its captured data.
fn main() {
    let label = String::from("k");
    let f = move || label.as_str(); //~ ERROR lifetime may not live long enough
    println!("{}", f());
}

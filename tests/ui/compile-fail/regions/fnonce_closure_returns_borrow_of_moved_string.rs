//@ compile-fail
// A `move` closure given to `Option::map` (FnOnce) returning a borrow of the String it owns: local data of the closure.
fn main() {
    let label = String::from("k");
    let r = Some(1).map(move |_| label.as_str()); //~ ERROR E0515
    println!("{:?}", r);
}

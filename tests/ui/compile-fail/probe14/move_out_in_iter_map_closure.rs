//@ compile-fail
// A `map` closure moving a captured String out; the closure is FnOnce but map needs FnMut.
fn main() {
    let s = String::from("a");
    let v: Vec<String> = (0..3).map(|_| s).collect(); //~ ERROR E0507
    println!("{:?}", v);
}

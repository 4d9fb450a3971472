//@ compile-fail
// A tuple with two elements has no field `.2`.
fn main() {
    let pair = (1, "one");
    println!("{}", pair.2); //~ ERROR E0609
}

//@ compile-fail
// A Vec has no `length` field; its length is the method `len()`.
fn main() {
    let v = vec![1, 2];
    println!("{}", v.length); //~ ERROR E0609
}

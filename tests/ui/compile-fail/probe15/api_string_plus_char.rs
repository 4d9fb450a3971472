//@ compile-fail
// String + char (E0308).
fn main() {
    let a = String::from("a");
    let c = a + 'b'; //~ ERROR E0308
    println!("{}", c);
}

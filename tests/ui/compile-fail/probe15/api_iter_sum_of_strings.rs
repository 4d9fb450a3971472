//@ compile-fail
// sum() over &str items into a String (E0277).
fn main() {
    let v = vec!["a", "b"];
    let s: String = v.iter().sum(); //~ ERROR E0277
    println!("{}", s);
}

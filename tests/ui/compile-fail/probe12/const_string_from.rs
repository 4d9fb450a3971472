//@ compile-fail
// `const S: String = String::from("a");` calls a non-`const` function.
const S: String = String::from("a"); //~ ERROR E0015
fn main() {
    println!("{S}");
}

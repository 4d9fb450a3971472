//@ compile-fail
// Calling a String method on an Option<String> without unwrapping it.
fn main() {
    let name: Option<String> = Some(String::from("ann"));
    println!("{}", name.to_uppercase()); //~ ERROR E0599
}

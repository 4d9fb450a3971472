//@ compile-fail
// Calling a String method on an Option<String> without unwrapping it (E0599)
fn main() {
    let maybe_name: Option<String> = Some(String::from("Ada"));
    let mut name = maybe_name;
    name.push_str(" Lovelace"); //~ ERROR E0599
    println!("{:?}", name);
}

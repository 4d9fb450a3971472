//@ compile-fail
// Reassigning a binding that was not declared `mut`.
fn main() {
    let line = String::from("  hello  ");
    println!("before: [{}]", line);
    line = line.trim().to_string(); //~ ERROR E0384
    println!("after: [{}]", line);
}

//@ compile-fail
// Padding a justified line passes a char to push_str, which wants a &str.
fn main() {
    let mut line = String::from("Ownership is");
    while line.len() < 16 {
        line.push_str(' '); //~ ERROR E0308
    }
    println!("|{}|", line);
}

//@ compile-fail
// A block whose closing brace is missing.
fn main() {
    let n = 3;
    if n > 2 {
        println!("big");
} //~ ERROR this file contains an unclosed delimiter

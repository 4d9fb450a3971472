//@ compile-fail
// A String cannot be moved out of an array by index.
fn main() {
    let words = [String::from("x"), String::from("y")];
    let i = 1;
    let w = words[i]; //~ ERROR E0508
    println!("{}", w);
}

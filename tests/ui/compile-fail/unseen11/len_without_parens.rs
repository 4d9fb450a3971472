//@ compile-fail
// The length of a String is read as a field instead of calling len().
fn main() {
    let name = String::from("Ferris");
    let n = name.len; //~ ERROR E0615
    println!("{}", n);
}

//@ compile-fail
// Reading a String's length as if it were a field.
fn main() {
    let s = String::from("hello");
    let n: usize = s.len; //~ ERROR E0615
    println!("{}", n);
}

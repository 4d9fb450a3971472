//@ compile-fail
// a line's first character taken by indexing the str
fn main() {
    let line = "R 4";
    let dir = line[0]; //~ ERROR E0277
    println!("{dir}");
}

//@ compile-fail
// A string literal never closed, the last quote of the file.
fn main() {
    let n = 3;
    println!("{}", n);
    let s = "open; //~ ERROR E0765
}

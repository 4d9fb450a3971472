//@ compile-fail
// A variable assigned in only one branch, then read.
fn main() {
    let s: String;
    let n = std::env::args().count();
    if n > 3 {
        s = String::from("a");
    }
    println!("{}", s); //~ ERROR E0381
}

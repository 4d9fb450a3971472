//@ compile-fail
// An `i32` cast to `char`.
fn main() {
    let code = 97i32;
    println!("{}", code as char); //~ ERROR E0604
}

//@ compile-fail
// `{:e}` on a String (LowerExp not implemented, E0277).
fn main() {
    let s = String::from("1");
    println!("{:e}", s); //~ ERROR E0277
}

//@ compile-fail
// `{:b}` on a &str (E0277).
fn main() {
    println!("{:b}", "ten"); //~ ERROR E0277
}

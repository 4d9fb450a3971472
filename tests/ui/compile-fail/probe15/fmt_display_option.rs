//@ compile-fail
// `{}` on an Option (E0277).
fn main() {
    let o = Some(3);
    println!("value {}", o); //~ ERROR E0277
}

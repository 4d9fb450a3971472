//@ compile-fail
// Taking an Option while a reference into it is alive.
fn main() {
    let mut slot = Some(String::from("x"));
    let inner = slot.as_ref().unwrap();
    let taken = slot.take(); //~ ERROR E0502
    println!("{} {:?}", inner, taken);
}

//@ compile-fail
// The `&mut String` from `as_mut().unwrap()` is still used after the Option is overwritten.
fn main() {
    let mut slot: Option<String> = Some(String::from("draft"));
    let text = slot.as_mut().unwrap();
    slot = None; //~ ERROR E0506
    text.push_str("!");
    println!("{:?}", slot);
}

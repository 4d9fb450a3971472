//@ compile-fail
// A path into a real std module that lacks the name: rustc's E0425 and E0433, not a refusal.
fn main() {
    let n = std::mem::size_of_value(&5u8); //~ ERROR E0425
    let q = std::collections::Queue::new(); //~ ERROR E0433
    println!("{} {:?}", n, q);
}

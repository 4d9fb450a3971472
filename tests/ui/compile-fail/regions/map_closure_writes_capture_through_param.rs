//@ compile-fail
// A closure may write a captured borrow through the `&mut` it is given: the target keeps it.
fn main() {
    let s = String::from("text");
    let mut slot: &str = "";
    Some(&mut slot).map(|p| *p = &s);
    drop(s); //~ ERROR E0505
    println!("{}", slot);
}

//@ compile-fail
// A predicate boxed as a trait object keeps the borrow it captured for as long as the box lives.
fn main() {
    let lower = String::from("ab");
    let pred: Box<dyn Fn(&&str) -> bool> = Box::new(|w| **w == lower);
    drop(lower); //~ ERROR E0505
    println!("{}", pred(&"ab"));
}

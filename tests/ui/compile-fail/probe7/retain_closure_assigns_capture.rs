//@ compile-fail
// Assigning `retain`'s element to a captured `&str` variable lets the borrow escape the closure.
fn main() {
    let mut v = vec![String::from("a")];
    let mut last: &str = "";
    v.retain(|s| { last = s; true }); //~ ERROR E0521
    println!("{} {}", v.len(), last);
}

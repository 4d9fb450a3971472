//@ compile-fail
// A reference into a Vec is kept while mem::swap takes the Vec mutably.
fn main() {
    let mut a = vec![String::from("x")];
    let mut b = vec![String::from("y")];
    let first = &a[0];
    std::mem::swap(&mut a, &mut b); //~ ERROR E0502
    println!("{}", first);
}

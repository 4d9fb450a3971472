//@ compile-fail
// A `for` over `&v` binding a String by value through a deref pattern.
fn main() {
    let v = vec![String::from("a")];
    for &s in &v { //~ ERROR E0507
        println!("{}", s);
    }
}

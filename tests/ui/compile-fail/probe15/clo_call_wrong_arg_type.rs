//@ compile-fail
// Calling a closure whose parameter was inferred as i32 with a &str (E0308).
fn main() {
    let f = |x| x + 1;
    println!("{}", f(1));
    println!("{}", f("a")); //~ ERROR E0308
}

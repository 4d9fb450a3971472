//@ compile-fail
// A closure whose parameter type is never determined.
fn main() {
    let identity = |x| x; //~ ERROR E0282
    println!("made a closure");
    let _ = identity;
}

//@ compile-fail
// Reassigning a `for` loop variable.
fn main() {
    for i in 0..3 {
        i += 1; //~ ERROR E0384
        println!("{}", i);
    }
}

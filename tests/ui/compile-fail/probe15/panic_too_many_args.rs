//@ compile-fail
// panic! with an extra argument.
fn main() {
    let x = 1;
    if x > 5 {
        panic!("bad {}", x, x); //~ ERROR argument never used
    }
}

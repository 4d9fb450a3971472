//@ compile-fail
// The variable of a `for` loop is a fresh immutable binding.
fn main() {
    for i in 0..3 {
        i *= 2; //~ ERROR E0384
        println!("{}", i);
    }
}

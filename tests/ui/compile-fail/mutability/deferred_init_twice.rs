//@ compile-fail
// A `let` without initialiser may be assigned once, not twice.
fn main() {
    let label;
    label = "first";
    println!("{}", label);
    label = "second"; //~ ERROR E0384
    println!("{}", label);
}

//@ compile-fail
// Both branches of an `if` used as a value must have the same type.
fn main() {
    let n = 3;
    let label = if n > 2 { "big" } else { 0 }; //~ ERROR E0308
    println!("{}", label);
}

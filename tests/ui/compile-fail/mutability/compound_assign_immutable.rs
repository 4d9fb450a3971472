//@ compile-fail
// `+=` on an immutable variable.
fn main() {
    let total = 0;
    for i in 1..4 {
        total += i; //~ ERROR E0384
    }
    println!("{}", total);
}

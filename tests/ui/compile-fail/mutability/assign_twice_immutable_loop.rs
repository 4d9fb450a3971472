//@ compile-fail
// Assigning an immutable binding inside a loop.
fn main() {
    let total = 0;
    for i in 0..3 {
        total = total + i; //~ ERROR E0384
    }
    println!("{}", total);
}

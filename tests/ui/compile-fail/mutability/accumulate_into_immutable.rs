//@ compile-fail
// Adding to a total declared without `mut` inside a loop.
fn main() {
    let total = 0;
    for i in 1..4 {
        total += i; //~ ERROR E0384
    }
    println!("{}", total);
}

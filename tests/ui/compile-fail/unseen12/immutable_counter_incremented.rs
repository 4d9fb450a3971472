//@ compile-fail
// A counter declared without `mut` is incremented in a loop.
fn main() {
    let count = 0;
    for _ in 0..3 {
        count += 1; //~ ERROR E0384
    }
    println!("{}", count);
}

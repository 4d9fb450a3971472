//@ compile-fail
// A closure incrementing a counter declared without `mut`.
fn main() {
    let count = 0;
    let mut inc = || count += 1; //~ ERROR E0594
    inc();
    println!("{}", count);
}

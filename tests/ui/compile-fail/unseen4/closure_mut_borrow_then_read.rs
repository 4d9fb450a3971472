//@ compile-fail
// A closure mutably borrowing a counter is called after the counter is read.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    println!("count = {}", count); //~ ERROR E0502
    inc();
}

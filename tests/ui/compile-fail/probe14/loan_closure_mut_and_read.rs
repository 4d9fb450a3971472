//@ compile-fail
// A closure mutably borrowing `n` alive while `n` is read.
fn main() {
    let mut n = 0;
    let mut inc = || n += 1;
    let shown = n; //~ ERROR E0503
    inc();
    println!("{}", shown);
}

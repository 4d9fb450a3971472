//@ compile-fail
// A closure that mutates its capture must itself be declared `mut` to be called.
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc(); //~ ERROR E0596
    println!("{}", count);
}

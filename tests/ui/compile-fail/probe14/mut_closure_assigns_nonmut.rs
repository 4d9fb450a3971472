//@ compile-fail
// A closure assigning to a captured non-`mut` local.
fn main() {
    let count = 0;
    let mut inc = || count += 1; //~ ERROR E0594
    inc();
}

//@ compile-fail
// A closure that mutates `count` holds a unique borrow while it is alive.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    let r = &mut count; //~ ERROR E0499
    inc();
    *r += 1;
}

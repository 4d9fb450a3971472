//@ compile-fail
// A closure mutating through a captured `&` reference.
fn main() {
    let mut n = 0;
    let r = &n;
    let mut f = || *r += 1; //~ ERROR E0596
    f();
    n += 1;
}

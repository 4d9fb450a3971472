//@ compile-fail
// Two closures each mutably borrowing `n`, both used.
fn main() {
    let mut n = 0;
    let mut a = || n += 1;
    let mut b = || n += 2; //~ ERROR E0499
    a();
    b();
}

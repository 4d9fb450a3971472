//@ compile-fail
// Two live closures mutating one local (E0499).
fn main() {
    let mut n = 0;
    let mut a = || n += 1;
    let mut b = || n += 2; //~ ERROR E0499
    a();
    b();
    println!("{}", n);
}

//@ compile-fail
// A literal beyond u128::MAX is rejected by the deny-by-default overflowing_literals lint.
fn main() {
    let x: i128 = 170141183460469231731687303715884105728; //~ ERROR literal out of range for `i128`
    println!("{x}");
}

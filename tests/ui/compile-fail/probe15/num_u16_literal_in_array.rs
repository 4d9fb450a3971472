//@ compile-fail
// 70000 in a [u16; 2] array.
fn main() {
    let a: [u16; 2] = [1, 70000]; //~ ERROR literal out of range for `u16`
    println!("{}", a[0]);
}

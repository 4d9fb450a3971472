//@ compile-fail
// Two live mutable borrows of the same String.
fn main() {
    let mut s = String::from("a");
    let r1 = &mut s;
    let r2 = &mut s; //~ ERROR E0499
    r1.push('b');
    r2.push('c');
}

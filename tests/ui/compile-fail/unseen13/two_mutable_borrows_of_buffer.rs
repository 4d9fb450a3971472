//@ compile-fail
// Two &mut to the same String are alive at once.
fn main() {
    let mut s = String::from("abc");
    let a = &mut s;
    let b = &mut s; //~ ERROR E0499
    a.push('d');
    b.push('e');
}

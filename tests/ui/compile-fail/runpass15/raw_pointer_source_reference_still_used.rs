//@ compile-fail
// the reference a raw pointer was cast from is still a borrow while it is used
fn main() {
    let mut v = vec![1, 2, 3];
    let r = &v[0];
    let p = r as *const i32;
    v.push(4); //~ ERROR E0502
    println!("{} {}", r, unsafe { *p });
}

//@ compile-fail
// a `&mut` borrow cast to a raw pointer later is still exclusive until that cast
fn main() {
    let mut x = 1;
    let r = &mut x;
    let shared = &x; //~ ERROR E0502
    let p = r as *mut i32;
    unsafe { *p = 2 };
    println!("{}", shared);
}

//@ compile-fail
// A counter is written through a *mut pointer made by a cast, outside unsafe.
fn main() {
    let mut count = 0;
    let p = &mut count as *mut i32;
    *p += 1; //~ ERROR E0133
    println!("{}", count);
}

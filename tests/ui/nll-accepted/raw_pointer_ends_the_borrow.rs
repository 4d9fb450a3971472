// Casting a reference to a raw pointer ends the borrow: the Vec can be written afterwards and the
// pointer (into the heap buffer, which did not move) read in an `unsafe` block.
fn main() {
    let mut v = vec![1, 2, 3];
    let p = &v[0] as *const i32;
    v[1] = 20;
    let first = unsafe { *p };
    println!("{} {:?}", first, v);
    let mut x = 7;
    let q = &x as *const i32;
    let r = &mut x;
    *r += 1;
    println!("{}", x);
    let _ = q;
}

//@ compile-fail
// A `&mut` into a boxed struct's field alive while the Box is read.
struct P { x: i32 }
fn main() {
    let mut b = Box::new(P { x: 1 });
    let r = &mut b.x;
    println!("{}", b.x); //~ ERROR E0502
    *r += 1;
}

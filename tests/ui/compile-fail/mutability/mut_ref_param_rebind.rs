//@ compile-fail
// Reassigning a `&mut` parameter binding itself needs `mut`.
fn next<'a>(r: &'a mut i32, other: &'a mut i32) {
    r = other; //~ ERROR E0384
    *r += 1;
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    next(&mut a, &mut b);
    println!("{} {}", a, b);
}

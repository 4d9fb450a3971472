//@ compile-fail
// Two mutable indexings of the same vector in one call.
fn swap(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
    let mut v = vec![1, 2];
    swap(&mut v[0], &mut v[1]); //~ ERROR E0499
    println!("{:?}", v);
}

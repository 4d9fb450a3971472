//@ compile-fail
// A function returning one of two borrowed slices needs a named lifetime.
fn pick(a: &[i32], b: &[i32]) -> &[i32] { //~ ERROR E0106
    if a.len() > b.len() { a } else { b }
}

fn main() {
    println!("{:?}", pick(&[1], &[2, 3]));
}

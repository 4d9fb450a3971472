//@ compile-fail
// Two simultaneous mutable borrows of one Vec to swap elements by hand (E0499)
fn main() {
    let mut v = vec![1, 2, 3];
    let a = &mut v[0];
    let b = &mut v[2]; //~ ERROR E0499
    std::mem::swap(a, b);
    println!("{:?}", v);
}

//@ compile-fail
// `f(&mut x, &mut x)`.
fn f(a: &mut i32, b: &mut i32) { *a += *b; }
fn main() {
    let mut x = 1;
    f(&mut x, &mut x); //~ ERROR E0499
    println!("{}", x);
}

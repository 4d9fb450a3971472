//@ compile-fail
// `f(&mut x, &x)`.
fn f(a: &mut i32, b: &i32) { *a += *b; }
fn main() {
    let mut x = 1;
    f(&mut x, &x); //~ ERROR E0502
    println!("{}", x);
}

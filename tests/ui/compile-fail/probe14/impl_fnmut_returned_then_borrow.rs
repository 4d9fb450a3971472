//@ compile-fail
// A returned `impl FnMut()` capturing `&mut v` (edition 2024 captures) alive while `v` is read.
fn pusher(v: &mut Vec<i32>) -> impl FnMut(i32) {
    move |x| v.push(x)
}
fn main() {
    let mut v = vec![];
    let mut p = pusher(&mut v);
    p(1);
    println!("{}", v.len()); //~ ERROR E0502
    p(2);
}

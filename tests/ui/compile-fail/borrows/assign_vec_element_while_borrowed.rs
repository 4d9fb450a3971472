//@ compile-fail
// Overwriting a Vec element through IndexMut needs `&mut v` while a shared reference is alive.
fn main() {
    let mut v = vec![1, 2, 3];
    let second = &v[1];
    v[1] = 20; //~ ERROR E0502
    println!("{}", second);
}

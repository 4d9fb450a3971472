//@ compile-fail
// retain's closure taking i32 by value (E0631).
fn main() {
    let mut v = vec![1, 2];
    v.retain(|x: i32| x > 1); //~ ERROR E0631
    println!("{:?}", v);
}

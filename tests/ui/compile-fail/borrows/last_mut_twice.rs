//@ compile-fail
// Two live mutable references obtained from the same vector.
fn main() {
    let mut v = vec![1, 2];
    let a = v.last_mut().unwrap();
    let b = v.first_mut().unwrap(); //~ ERROR E0499
    *a += 1;
    *b += 1;
    println!("{:?}", v);
}

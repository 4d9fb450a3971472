//@ compile-fail
// Two peek() results held at once: each keeps the Peekable mutably borrowed.
fn main() {
    let mut it = "ab".chars().peekable();
    let a = it.peek();
    let b = it.peek(); //~ ERROR E0499
    println!("{:?} {:?}", a, b);
}

//@ compile-fail
// Keeping `it.peek()`'s result across `it.next()`.
fn main() {
    let v = vec![1, 2];
    let mut it = v.iter().peekable();
    let p = it.peek();
    it.next(); //~ ERROR E0499
    println!("{:?}", p);
}

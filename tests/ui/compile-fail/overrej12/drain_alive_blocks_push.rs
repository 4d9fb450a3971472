//@ compile-fail
// a `Drain` still in use keeps the Vec mutably borrowed
fn main() {
    let mut v = vec![1, 2, 3];
    let mut it = v.drain(..2);
    v.push(4); //~ ERROR E0499
    println!("{:?}", it.next());
}

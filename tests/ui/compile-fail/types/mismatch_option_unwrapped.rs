//@ compile-fail
// Using an Option<i32> where an i32 is expected.
fn main() {
    let v = vec![1, 2, 3];
    let first: i32 = v.first().copied(); //~ ERROR E0308
    println!("{}", first);
}

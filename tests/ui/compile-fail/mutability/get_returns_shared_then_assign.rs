//@ compile-fail
// Assigning through the shared reference returned by `get`.
fn main() {
    let mut v = vec![1, 2];
    let x = v.get(0).unwrap();
    *x = 5; //~ ERROR E0594
    println!("{:?}", v);
}

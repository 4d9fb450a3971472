//@ compile-fail
// Elements yielded by `iter()` are shared references and cannot be assigned.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter() {
        *x = 0; //~ ERROR E0594
    }
    println!("{:?}", v);
}

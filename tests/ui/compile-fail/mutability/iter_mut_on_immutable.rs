//@ compile-fail
// `iter_mut` on a Vec that is not `mut`.
fn main() {
    let v = vec![1, 2, 3];
    for x in v.iter_mut() { //~ ERROR E0596
        *x += 1;
    }
    println!("{:?}", v);
}

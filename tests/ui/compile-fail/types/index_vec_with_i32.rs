//@ compile-fail
// A Vec is indexed by `usize`, not `i32`.
fn main() {
    let v = vec![10, 20, 30];
    let i: i32 = 1;
    println!("{}", v[i]); //~ ERROR E0277
}

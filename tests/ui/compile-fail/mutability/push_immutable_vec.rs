//@ compile-fail
// `push` needs `&mut self`, but the Vec is not declared `mut`.
fn main() {
    let v = Vec::new();
    v.push(1); //~ ERROR E0596
    println!("{:?}", v);
}

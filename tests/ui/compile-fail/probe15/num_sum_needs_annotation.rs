//@ compile-fail
// sum() into an unannotated binding (E0283).
fn main() {
    let v = vec![1, 2, 3];
    let s = v.iter().sum(); //~ ERROR E0283
    println!("{}", s);
}

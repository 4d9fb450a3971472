//@ compile-fail
// vec![x; n] with a non-Clone element (E0277).
struct T;
fn main() {
    let v = vec![T; 3]; //~ ERROR E0277
    println!("{}", v.len());
}

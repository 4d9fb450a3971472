//@ compile-fail
// Taking `&mut` of a binding not declared `mut`.
fn main() {
    let s = String::new();
    let r = &mut s; //~ ERROR E0596
    r.push('a');
    println!("{}", r);
}

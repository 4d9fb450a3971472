//@ compile-fail
// A `&mut` pattern against a shared reference (E0308).
fn main() {
    let n = 5;
    let r = &n;
    let &mut m = r; //~ ERROR E0308
    println!("{}", m);
}

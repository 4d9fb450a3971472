//@ compile-fail
// `let ref mut r = x;` with `x` not `mut`: r borrows a moved copy, but borrowing `x` mutably via `&mut x` is an error.
fn main() {
    let x = 5;
    let r = &mut x; //~ ERROR E0596
    *r += 1;
}

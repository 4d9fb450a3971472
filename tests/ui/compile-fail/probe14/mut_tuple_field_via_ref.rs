//@ compile-fail
// Assigning a tuple field through `&(i32, i32)`.
fn main() {
    let t = (1, 2);
    let r = &t;
    r.0 = 5; //~ ERROR E0594
}

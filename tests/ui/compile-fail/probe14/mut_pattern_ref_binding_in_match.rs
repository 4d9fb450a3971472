//@ compile-fail
// Assigning through a binding made by default binding mode on `&Option<i32>`.
fn main() {
    let o = Some(1);
    match &o {
        Some(n) => *n += 1, //~ ERROR E0594
        None => {}
    }
}

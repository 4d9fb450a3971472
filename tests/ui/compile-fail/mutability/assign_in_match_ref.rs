//@ compile-fail
// Matching on `&Option<i32>` gives `&i32` bindings, which cannot be written.
fn main() {
    let mut slot = Some(1);
    match &slot {
        Some(n) => *n += 1, //~ ERROR E0594
        None => {}
    }
    println!("{:?}", slot);
}

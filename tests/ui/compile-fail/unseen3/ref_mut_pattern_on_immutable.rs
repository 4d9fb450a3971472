//@ compile-fail
// `ref mut` in an `if let` on a binding that is not mutable.
fn main() {
    let hits: Option<u32> = Some(1);
    if let Some(ref mut n) = hits { //~ ERROR E0596
        *n += 1;
    }
    println!("{:?}", hits);
}

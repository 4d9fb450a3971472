//@ compile-fail
fn main() {
    let p: (i32, bool) = (1, true);
    match p {
        (x, true) | (_, x) => {} //~ ERROR E0308
    }
}

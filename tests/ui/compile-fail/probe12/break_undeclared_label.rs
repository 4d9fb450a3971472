//@ compile-fail
// `break 'outer` without a loop labelled `'outer` (E0426).
fn main() {
    loop {
        break 'outer; //~ ERROR E0426
    }
}

//@ compile-fail
// panic! with a non-literal first argument (edition 2021 and later).
fn main() {
    let msg = String::from("boom");
    if msg.is_empty() {
        panic!(msg); //~ ERROR format argument must be a string literal
    }
}

//@ compile-fail
// Naming a private struct of another module (E0603).
mod util {
    struct Secret;
}
fn main() {
    let _s = util::Secret; //~ ERROR E0603
}

//@ compile-fail
// `!` on a struct without Not (E0600).
struct Flag(bool);
fn main() {
    let f = Flag(true);
    let g = !f; //~ ERROR E0600
    let _ = g;
}

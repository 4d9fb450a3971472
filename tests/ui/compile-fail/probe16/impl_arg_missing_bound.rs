//@ compile-fail
// An argument without the impl Trait bound's trait (E0277).
fn show(x: impl std::fmt::Display) -> String { format!("{}", x) }
struct P;
fn main() {
    println!("{}", show(P)); //~ ERROR E0277
}

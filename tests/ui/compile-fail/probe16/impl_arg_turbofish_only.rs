//@ compile-fail
// Turbofish on a function whose only generic is impl Trait (E0107).
fn show(b: impl std::fmt::Display) -> String { format!("{}", b) }
fn main() {
    println!("{}", show::<i32>(1)); //~ ERROR E0107
}

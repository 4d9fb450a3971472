//@ compile-fail
// `impl Trait` argument with turbofish naming its type (E0107: only explicit generics count).
use std::fmt::Display;
fn show<T: Display>(a: T, b: impl Display) -> String { format!("{} {}", a, b) }
fn main() {
    println!("{}", show::<i32, &str>(1, "x")); //~ ERROR E0107
}

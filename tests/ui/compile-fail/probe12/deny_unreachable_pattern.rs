//@ compile-fail
// An unreachable arm under `#![deny(unreachable_patterns)]`.
#![deny(unreachable_patterns)]
fn main() {
    let x = Some(1);
    match x {
        Some(_) => println!("some"),
        None => println!("none"),
        Some(3) => println!("three"), //~ ERROR unreachable pattern
    }
}

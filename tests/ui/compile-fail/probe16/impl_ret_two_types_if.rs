//@ compile-fail
// impl Trait returned with two different concrete types from if/else (E0308).
use std::fmt::Display;
fn pick(b: bool) -> impl Display {
    if b { 1 } else { "one" } //~ ERROR E0308
}
fn main() { println!("{}", pick(true)); }

//@ compile-fail
// A struct used as a HashMap key without deriving Eq and Hash.
use std::collections::HashMap;

#[derive(Debug, PartialEq)]
struct Pos(i32, i32);

fn main() {
    let mut seen = HashMap::new();
    seen.insert(Pos(0, 0), "start"); //~ ERROR E0277
    //~^ ERROR E0277
    println!("{}", seen.len());
}

//@ compile-fail
// a HashSet of visited cells indexed like a Vec
use std::collections::HashSet;

fn main() {
    let mut visited = HashSet::new();
    visited.insert((0, 0));
    visited.insert((1, 0));
    println!("{:?}", visited[0]); //~ ERROR E0608
}

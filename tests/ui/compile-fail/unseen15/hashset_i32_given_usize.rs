//@ compile-fail
// a HashSet<(i32, i32)> of visited cells is given usize loop indices
use std::collections::HashSet;

fn main() {
    let mut seen: HashSet<(i32, i32)> = HashSet::new();
    for (y, line) in ["#.", ".#"].iter().enumerate() {
        for (x, c) in line.chars().enumerate() {
            if c == '#' {
                seen.insert((x, y)); //~ ERROR E0308
                //~^ ERROR E0308
            }
        }
    }
    println!("{}", seen.len());
}

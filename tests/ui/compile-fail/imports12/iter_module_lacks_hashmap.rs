//@ compile-fail
// `use std::iter;` then `iter::HashMap`: std::iter has no HashMap, std::collections does.
use std::iter;

fn main() {
    let squares: Vec<u32> = iter::successors(Some(1u32), |n| Some(n * 2)).take(4).collect();
    let m: iter::HashMap<u32, u32> = iter::HashMap::new(); //~ ERROR E0425
    //~^ ERROR E0433
    println!("{:?} {:?}", squares, m);
}

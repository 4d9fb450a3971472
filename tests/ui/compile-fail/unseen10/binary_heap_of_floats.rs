//@ compile-fail
// A BinaryHeap of f64 readings: f64 is only PartialOrd, so push is not available.
use std::collections::BinaryHeap;

fn main() {
    let mut top = BinaryHeap::new();
    for r in [2.5f64, 9.75, 4.0] {
        top.push(r); //~ ERROR E0277
    }
    println!("{:?}", top.peek());
}

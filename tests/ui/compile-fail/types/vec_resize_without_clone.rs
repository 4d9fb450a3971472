//@ compile-fail
// Vec::resize clones its fill value, so it is not available for a type without Clone.
#[derive(Debug)]
struct Seat {
    taken: bool,
}

fn main() {
    let mut row = vec![Seat { taken: true }];
    row.resize(4, Seat { taken: false }); //~ ERROR E0599
    println!("{:?}", row);
}

//@ compile-fail
// The rest of an array bound through `&mut` borrows the array until the element read from it is last used.
fn main() {
    let mut grid = [[1, 2], [3, 4], [5, 6]];
    let [_, more @ ..] = &mut grid;
    let row = &more[1];
    println!("{row:?} {grid:?}"); //~ ERROR E0502
}

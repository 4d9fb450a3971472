//@ compile-fail
// A range pattern `0..=300` on a `u8` has an out-of-range end.
fn main() {
    let x: u8 = 7;
    match x { //~ ERROR E0004
        0..=300 => println!("small"),
    }
}

//@ compile-fail
// A range pattern whose lower bound exceeds its upper bound (E0030).
fn main() {
    let n = 3;
    match n {
        10..=1 => {} //~ ERROR E0030
        _ => {}
    }
}

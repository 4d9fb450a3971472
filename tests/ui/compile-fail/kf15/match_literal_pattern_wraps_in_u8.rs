//@ compile-fail
// A literal pattern `300` on a `u8` stands for 44: `251..=255` stay uncovered (E0004 before the lint).
fn main() {
    let x: u8 = 7;
    match x { //~ ERROR E0004
        0..=250 => println!("small"),
        300 => println!("big"),
    }
}

//@ compile-fail
// A match on a u8 that leaves 100..=199 out (E0004).
fn main() {
    let b: u8 = 7;
    match b { //~ ERROR E0004
        0..=99 => println!("low"),
        200..=255 => println!("high"),
    }
}

//@ compile-fail
// An integer literal that does not fit its type is rejected (the `overflowing_literals` lint denies it).
fn main() {
    let level: u8 = 2;
    if level == 300 { //~ ERROR literal out of range for `u8`
        println!("too high");
    }
}

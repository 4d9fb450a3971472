//@ compile-fail
// a u8 hash seed written with a literal that does not fit
fn main() {
    let mut h: u8 = 256; //~ ERROR literal out of range for `u8`
    for b in "HASH".bytes() {
        h = h.wrapping_add(b).wrapping_mul(17);
    }
    println!("{h}");
}

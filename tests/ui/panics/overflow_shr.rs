// Shifting right by the bit width or more panics with "attempt to shift right with overflow".
fn main() {
    let amounts = [1u32, 7, 8];
    println!("{}", 0x80u8.wrapping_shr(8));
    for a in amounts {
        println!("shift by {a}");
        println!("{}", 0x80u8 >> a);
    }
    println!("done");
}

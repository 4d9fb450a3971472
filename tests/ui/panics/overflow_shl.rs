// Shifting by the bit width or more panics with "attempt to shift left with overflow".
fn shift(x: u32, by: u32) -> u32 {
    x << by
}

fn main() {
    println!("{}", shift(1, 31));
    println!("{}", 1u32.wrapping_shl(32));
    println!("{}", shift(1, 32));
}

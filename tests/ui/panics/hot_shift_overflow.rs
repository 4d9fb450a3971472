// A shift by the type's width in a hot function panics with "attempt to shift left with overflow".
fn shl(x: u16, n: u32) -> u16 {
    x << n
}

fn main() {
    let mut total = 0u64;
    for i in 0..500u32 {
        total += shl(0xFFFF, i / 25) as u64;
    }
    println!("{}", total);
}

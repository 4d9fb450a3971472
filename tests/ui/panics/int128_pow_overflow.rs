// u128::pow overflowing panics at the call with `attempt to multiply with overflow`.
fn main() {
    for e in [64u32, 127, 128] {
        println!("2^{} = {}", e, 2u128.pow(e));
    }
}

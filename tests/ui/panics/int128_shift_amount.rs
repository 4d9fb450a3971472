// Shifting a 64-bit or smaller integer by a u128/i128 amount: masked when in range, an overflow panic at 2^64.
fn main() {
    let amounts: Vec<u128> = vec![3, 63];
    for a in amounts {
        println!("{}", 1u64 << a);
        println!("{}", 1i8 << (a % 7) as i128);
    }
    let bigs: Vec<u128> = vec![1 << 64];
    let big = bigs[0];
    println!("{}", 5u32.checked_shl(3).unwrap());
    println!("{}", 1u64 << big);
}

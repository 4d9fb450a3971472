// Unsigned div_ceil and next_multiple_of (stable since 1.73): pages needed, rounding up to a block size, u128 too.
fn main() {
    let items: usize = 41;
    for per_page in [1usize, 4, 10, 41, 50] {
        println!("{} items, {} per page: {} pages", items, per_page, items.div_ceil(per_page));
    }
    for size in [0u32, 1, 511, 512, 513, 4000] {
        println!("{:>4} bytes -> {:>4} (blocks of 512)", size, size.next_multiple_of(512));
    }
    println!("{} {} {}", 7u8.div_ceil(2), 250u8.next_multiple_of(5), 250u8.next_multiple_of(7));
    println!("{} {}", u64::MAX.div_ceil(2), u128::MAX.div_ceil(3));
    println!("{} {}", 10u128.next_multiple_of(4), (u64::MAX - 5).next_multiple_of(3));
    let chunk = [3, 1, 4, 1, 5, 9, 2].len().div_ceil(3);
    println!("chunk {}", chunk);
}

// wrapping_*, checked_*, saturating_* and overflowing_* arithmetic on several widths.
fn main() {
    let x: u8 = 250;
    println!("{}", x.wrapping_add(10));
    println!("{:?}", x.checked_add(10));
    println!("{:?}", x.checked_add(5));
    println!("{}", x.saturating_add(10));
    println!("{:?}", x.overflowing_add(10));
    let y: i8 = -128;
    println!("{}", y.wrapping_neg());
    println!("{:?}", y.checked_neg());
    println!("{}", y.saturating_sub(1));
    println!("{}", y.wrapping_sub(1));
    println!("{}", i32::MAX.wrapping_mul(2));
    println!("{:?}", 5u32.checked_sub(6));
    println!("{:?}", 10i32.checked_div(0));
    println!("{}", 1u16.wrapping_shl(17));
    println!("{}", u64::MAX.count_ones());
    println!("{}", 40u32.leading_zeros());
    println!("{}", 40u32.trailing_zeros());
}

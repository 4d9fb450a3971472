// Integer pow and the checked/wrapping/saturating/overflowing families on several widths.
fn main() {
    let base: u32 = 3;
    println!("3^4 = {}", base.pow(4));
    println!("2^10 = {}", 2i64.pow(10));
    println!("checked_pow: {:?} {:?}", 10u8.checked_pow(2), 10u8.checked_pow(3));
    println!("checked_add: {:?} {:?}", 250u8.checked_add(5), 250u8.checked_add(6));
    println!("checked_sub: {:?} {:?}", 5u32.checked_sub(6), 7i32.checked_sub(2));
    println!("checked_mul: {:?}", i32::MAX.checked_mul(2));
    println!("checked_div: {:?} {:?} {:?}", 10i32.checked_div(0), i32::MIN.checked_div(-1), 9i32.checked_div(2));
    println!("checked_rem: {:?} {:?}", 10u16.checked_rem(0), 10u16.checked_rem(4));
    println!("checked_neg: {:?} {:?}", i8::MIN.checked_neg(), 5i8.checked_neg());
    println!("wrapping_add: {}", 250u8.wrapping_add(10));
    println!("wrapping_sub: {}", 0u16.wrapping_sub(1));
    println!("wrapping_mul: {}", 100i8.wrapping_mul(3));
    println!("wrapping_neg: {}", i32::MIN.wrapping_neg());
    println!("wrapping_pow: {}", 3u8.wrapping_pow(6));
    println!("saturating_add: {} {}", 250u8.saturating_add(10), i16::MIN.saturating_sub(1));
    println!("saturating_mul: {}", (-100i8).saturating_mul(2));
    println!("saturating_pow: {}", 2u32.saturating_pow(40));
    println!("overflowing_add: {:?}", 250u8.overflowing_add(10));
    println!("overflowing_sub: {:?}", 3u64.overflowing_sub(4));
    println!("overflowing_mul: {:?}", 1_000_000i32.overflowing_mul(3_000));
    let mut total: u8 = 0;
    for step in [100u8, 100, 100] {
        total = match total.checked_add(step) {
            Some(t) => t,
            None => {
                println!("overflow at {} + {}", total, step);
                u8::MAX
            }
        };
    }
    println!("total = {}", total);
}

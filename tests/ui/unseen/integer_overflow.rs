// Chapter 3: integer types, wrapping/checked/saturating arithmetic, then a debug overflow panic.
fn main() {
    let a: u8 = 250;
    println!("{:?} {:?}", a.checked_add(10), a.checked_add(5));
    println!("{} {}", a.wrapping_add(10), a.saturating_add(10));
    let (r, o) = a.overflowing_add(10);
    println!("{r} {o}");
    let b: i16 = -32768;
    println!("{} {}", b.wrapping_abs(), b.saturating_sub(1));
    println!("{} {} {}", i32::MAX, u64::MAX, i8::MIN);
    println!("{} {}", 7 / 2, -7 / 2);
    println!("{} {}", 7 % 3, -7 % 3);
    println!("{} {}", (-7i32).rem_euclid(3), 2i32.pow(10));
    println!("{:.3} {}", 7.0 / 2.0, 1e10);
    println!("{} {}", 255u8 as i8, -1i32 as u32);
    println!("{} {}", 3.99_f64 as i32, 300_i32 as u8);
    println!("{:b} {:o} {:x} {:X} {:#x} {:08b}", 10, 64, 255, 255, 255, 5);
    let mut total: u8 = 0;
    for i in 0..30u8 {
        total += i;
        println!("total {total}");
    }
}

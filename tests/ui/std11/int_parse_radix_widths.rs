// from_str_radix, to_string on every integer width, MIN/MAX, i128/u128 arithmetic.
fn main() {
    println!("{:?}", i32::from_str_radix("-ff", 16));
    println!("{:?}", u8::from_str_radix("1010", 2));
    println!("{:?}", u32::from_str_radix("zz", 36));
    match u8::from_str_radix("777", 8) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
    match i64::from_str_radix("12g", 16) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
    let words = vec![
        i8::MIN.to_string(), i8::MAX.to_string(), u8::MAX.to_string(),
        i16::MIN.to_string(), u16::MAX.to_string(),
        i32::MIN.to_string(), u32::MAX.to_string(),
        i64::MIN.to_string(), u64::MAX.to_string(),
        i128::MIN.to_string(), u128::MAX.to_string(),
        isize::MIN.to_string(), usize::MAX.to_string(),
    ];
    for w in &words {
        println!("{:>41} ({} chars)", w, w.len());
    }
    let big: u128 = 2u128.pow(100) + 7;
    println!("2^100 + 7 = {}", big);
    println!("big % 1_000_000_007 = {}", big % 1_000_000_007);
    let neg: i128 = -(big as i128) / 3;
    println!("neg = {} hex {:x}", neg, big);
    let f: u128 = (1..=30u128).product();
    println!("30! = {}", f);
    println!("bits: {} {} {}", u128::BITS, i64::BITS, u8::BITS);
    let parsed: i128 = "-170141183460469231731687303715884105728".parse().unwrap();
    println!("parsed == MIN: {}", parsed == i128::MIN);
    println!("{:?}", "340282366920938463463374607431768211456".parse::<u128>());
}

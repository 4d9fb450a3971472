// Integer conversions: lossless From/Into (i64::from, bool and char too), checked TryFrom/TryInto with TryFromIntError.
use std::convert::TryFrom;

fn to_byte(v: i32) -> Result<u8, String> {
    u8::try_from(v).map_err(|e| format!("{} does not fit: {}", v, e))
}

fn main() {
    let small: i32 = -7;
    let wide = i64::from(small);
    let idx: usize = usize::from(200u8);
    let f = f64::from(3u16) / 2.0;
    let b = u8::from(true) + i32::from(false) as u8;
    let code = u32::from('A');
    println!("{} {} {} {} {}", wide, idx, f, b, code);
    let total: u64 = [1u32, 2, 3].iter().map(|&x| u64::from(x)).sum();
    let big: i64 = small.into();
    println!("{} {}", total, big);
    for v in [0, 255, 256, -1] {
        println!("{:?}", to_byte(v));
    }
    let r: Result<i8, _> = 200u8.try_into();
    println!("{:?}", r);
    let ok: Result<u16, _> = i64::from(65535u16).try_into();
    println!("{:?}", ok);
    let neg = u32::try_from(-5i64);
    println!("{:?} {}", neg, neg.is_err());
    let len = i32::try_from(vec![1, 2, 3].len()).unwrap();
    println!("{} {:?}", len, usize::try_from(-1i32).ok());
    let err = u8::try_from(1000u32).unwrap_err();
    println!("[{:>50}]", err);
}

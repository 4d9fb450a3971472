// Scalar functions called in loops (hot enough for heaplab's bytecode tier): every integer width, wrapping casts, saturating float casts, NaN, u64 above i64::MAX, f32 rounding.
fn mix8(a: i8, b: u8) -> i32 {
    let x = a as u8;
    let y = b as i8;
    (x as i32) * 3 - (y as i32) + ((a as i16) as i32) + (b as u16 as i32)
}

fn mix16(a: i16, b: u16) -> u32 {
    ((a as u16) as u32) + (b as i16 as i32 as u32 / 7) + ((a >> 3) as u16 as u32) + (b << 2) as u32
}

fn mix64(a: u64, b: u64) -> u64 {
    let q = a / (b | 1);
    let r = a % (b | 1);
    let big = a > 9_223_372_036_854_775_807;
    (q ^ r) + if big { 1 } else { 0 } + (a >> 60) + (b & 0xFF)
}

fn signed_div(a: i64, b: i64) -> i64 {
    if b == 0 { 0 } else { a / b + a % b }
}

fn shifts(x: u32, n: u32) -> u32 {
    (x << (n % 32)) | (x >> ((32 - n % 32) % 32))
}

fn sat(f: f64) -> i64 {
    (f as i8) as i64 + (f as u8) as i64 + (f as i32) as i64 + (f as u64 % 1000) as i64 + (f as i64 % 1000)
}

fn nan_checks(x: f64, y: f64) -> u32 {
    let q = x / y;
    let mut n = 0;
    if q != q { n += 1; }
    if q < 1.0 { n += 10; }
    if q >= 1.0 { n += 100; }
    if q == q { n += 1000; }
    n + (q as u32 % 1000)
}

fn f32_ops(a: f32, b: f32) -> f32 {
    a * 0.1 + b / 3.0 - (a % 7.5)
}

fn to_f64(a: u64, b: i32) -> f64 {
    a as f64 + b as f64 + (a as f32) as f64
}

fn chars(c: char, n: u8) -> u32 {
    let d = (n % 26 + 97) as char;
    (c as u32) + (d as u32) + (c as u8) as u32 + (true as u32) + ((n > 100) as u32)
}

fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    let mut acc8 = 0i64;
    let mut acc16 = 0u64;
    let mut acc64 = 0u64;
    let mut accs = 0i64;
    let mut acc_sh = 0u64;
    for i in 0..600u32 {
        let a = (i * 37 % 256) as u8;
        acc8 += mix8(a as i8, a.wrapping_mul(3)) as i64;
        acc16 += mix16(((i % 300) as i16) * 101 - 20000, (i as u16) * 97) as u64;
        let big = u64::MAX - (i as u64) * 1_000_003;
        acc64 = acc64.wrapping_add(mix64(big, i as u64 + 2));
        accs += signed_div(-(i as i64) * 12345 - 7, (i as i64) % 13 - 6);
        acc_sh += shifts(0x8000_0001 ^ i, i) as u64;
    }
    println!("{} {} {} {} {}", acc8, acc16, acc64, accs, acc_sh);

    let floats = [0.0, -0.0, 1.5, -1.5, 255.9, 256.0, -129.0, 1e20, -1e20, 3e9, 1.8e19, 2e19];
    let mut s = 0i64;
    for k in 0..300 {
        let f = floats[k % floats.len()];
        s = s.wrapping_add(sat(f) * (k as i64 + 1));
    }
    println!("saturating: {}", s);
    let inf = 1.0 / 0.0;
    let nan = 0.0 / 0.0;
    println!("{} {} {} {}", sat(inf), sat(-inf), sat(nan), sat(-2.5));

    let mut n = 0u32;
    for k in 0..300 {
        let y = if k % 3 == 0 { 0.0 } else { k as f64 / 7.0 };
        let x = if k % 5 == 0 { 0.0 } else { k as f64 };
        n += nan_checks(x, y);
    }
    println!("nan checks: {}", n);

    let mut f = 0.0f32;
    let mut g = 0.0f64;
    for k in 0..300 {
        f += f32_ops(k as f32 * 0.37, 1.0 / (k as f32 + 1.0));
        g += to_f64(u64::MAX - k as u64 * 99_999_999_999, -(k as i32) * 1000);
    }
    println!("{} {}", f, g);

    let mut c = 0u32;
    for k in 0..300u32 {
        c += chars(char::from_u32(0x41 + k % 58).unwrap(), (k * 7) as u8);
    }
    println!("chars: {}", c);
    println!("fib(24) = {}", fib(24));
}

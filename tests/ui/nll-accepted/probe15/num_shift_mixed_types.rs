// Shifts accept any integer type on the right.
fn main() {
    let a: u32 = 1;
    let s: u8 = 3;
    let t: i64 = 2;
    println!("{} {}", a << s, a << t);
    println!("{}", 10i64 % 3);
}

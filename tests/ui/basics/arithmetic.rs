// Integer arithmetic: division truncates toward zero, % keeps the dividend's sign, rem_euclid does not.
fn main() {
    let a: i32 = 17;
    let b: i32 = 5;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    println!("{} {}", -17 / 5, -17 % 5);
    println!("{} {}", (-17i32).div_euclid(5), (-17i32).rem_euclid(5));
    println!("{}", 2i64.pow(40));
    println!("{}", (-8i32).abs());
    println!("{} {}", 7u32 / 2, 7u32 % 2);
    let mut x = 10;
    x += 5;
    x -= 3;
    x *= 2;
    x /= 4;
    x %= 4;
    println!("x = {x}");
    println!("{}", 1 + 2 * 3 - 4 / 2);
    println!("{}", (1 + 2) * (3 - 4) / 2);
}

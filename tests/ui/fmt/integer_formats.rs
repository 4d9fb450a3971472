// Big integers, i128/u128, negative hex via two's complement, and grouping by hand.
fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push('_');
        }
        out.push(c);
    }
    out
}

fn main() {
    println!("{}", u128::MAX);
    println!("{:x}", u128::MAX);
    println!("{}", i128::MIN);
    println!("{:x}", -1i32);
    println!("{:#b}", 255u8);
    println!("{}", group(1234567890));
    println!("{}", group(999));
    println!("{:>12}", group(12345));
}

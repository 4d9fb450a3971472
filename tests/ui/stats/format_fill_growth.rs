// Formatting into a String: fill characters are pushed one by one and float parts written separately, so capacity grows step by step.
fn main() {
    let rule = format!("+{:-<w$}+", "", w = 52);
    println!("{} {}", rule.len(), rule.capacity());
    let centred = format!("{:*^20}", 1);
    println!("{} {}", centred, centred.capacity());
    let f = 1234.5678f64.to_string();
    println!("{} {}", f, f.capacity());
    let g = format!("{:.3}", 0.000123);
    println!("{} {}", g, g.capacity());
    let big = format!("{}", 1e21);
    println!("{} {}", big, big.capacity());
    let e = format!("{:e}|{:E}", 1234.5, 0.00012);
    println!("{} {}", e, e.capacity());
    let z = format!("{:+012.4}", -3.14159);
    println!("{} {}", z, z.capacity());
    let h = format!("{:#010x}{:>9}", 255, -42);
    println!("{} {}", h, h.capacity());
    let mut s = String::new();
    for x in [0.5, 10.25, 100.125] {
        s += &format!("{:>10.2}", x);
    }
    println!("{} {}", s, s.capacity());
}

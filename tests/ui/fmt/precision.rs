// Precision for floats (rounding) and for strings (truncation).
fn main() {
    let pi = 3.14159265;
    println!("{:.0} {:.1} {:.2} {:.5}", pi, pi, pi, pi);
    println!("{:8.3}|", pi);
    println!("{:<8.3}|", pi);
    println!("{:.3}", "truncate");
    println!("{:>6.2}|", "abcdef");
    let p = 4;
    println!("{:.p$}", 1.0 / 3.0);
    println!("{:.*}", 2, 1.23456);
    println!("{:.1} {:.1} {:.1}", 0.25, 0.35, 2.5);
    println!("{:.0} {:.0} {:.0}", 0.5, 1.5, 2.5);
    println!("{:.2e}", 123456.0);
}

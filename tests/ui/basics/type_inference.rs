// Integer literals default to i32 and floats to f64 unless context decides.
fn takes_u64(n: u64) -> u64 {
    n * 2
}

fn main() {
    let a = 5;
    let b = 2.5;
    let c = 7;
    let d = takes_u64(c);
    println!("{} {} {}", std::mem::size_of_val(&a), std::mem::size_of_val(&b), std::mem::size_of_val(&c));
    println!("{d}");
    let v = vec![1u8, 2, 3];
    let s: u32 = v.iter().map(|&x| x as u32).sum();
    println!("{s}");
    let big = 1_000_000_007i64 * 3;
    println!("{big}");
    println!("{}", 0xff + 0o17 + 0b11);
}

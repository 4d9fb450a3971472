// i128 multiplication overflow panics with `attempt to multiply with overflow`.
fn main() {
    let mut x: i128 = -3;
    for _ in 0..100 {
        x *= 7;
    }
    println!("{x}");
}

// Negating i32::MIN panics with "attempt to negate with overflow".
fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    println!("{}", negate(i32::MAX));
    println!("{}", i32::MIN.wrapping_neg());
    println!("{}", negate(i32::MIN));
}

// Integer ranges that together cover the whole type.
fn classify(x: u8) -> &'static str {
    match x {
        0..=127 => "low",
        128..=255 => "high",
    }
}
fn sign(x: i32) -> i32 {
    match x {
        i32::MIN..=-1 => -1,
        0 => 0,
        1..=i32::MAX => 1,
    }
}
fn main() {
    println!("{} {} {}", classify(200), sign(-5), sign(0));
}

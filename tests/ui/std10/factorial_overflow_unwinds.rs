// panics: integer multiplication overflow in i64 factorial, and the unwinding drops
struct Guard(&'static str);
impl Drop for Guard { fn drop(&mut self) { println!("dropping {}", self.0); } }
fn fact(n: i64) -> i64 { let _g = Guard("frame"); if n <= 1 { 1 } else { n * fact(n - 1) } }
fn main() {
    let _outer = Guard("outer");
    println!("{}", fact(20));
    println!("{}", fact(21));
}

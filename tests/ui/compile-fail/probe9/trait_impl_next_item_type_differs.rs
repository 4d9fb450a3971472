//@ compile-fail
// `type Item = i32` fixes what `next` returns: `Option<u32>` does not match `Option<Self::Item>`.
struct Countdown(i32);
impl Iterator for Countdown {
    type Item = i32;
    fn next(&mut self) -> Option<u32> { //~ ERROR E0053
        None
    }
}
fn main() {
    let c = Countdown(3);
    println!("{}", c.0);
}

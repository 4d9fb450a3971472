// Integer `pow` is not #[track_caller]: its overflow panic is reported at a line of std.
struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) { println!("dropped {}", self.0); }
}
fn main() {
    let _g = Guard("outer");
    let mut x: i32 = 3;
    for e in [5, 10, 19, 20, 21] {
        x = 3i32.pow(e);
        println!("3^{e} = {x}");
    }
    println!("unreachable {x}");
}

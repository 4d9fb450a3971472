//@ compile-fail
// Calling `Drop::drop` explicitly is E0040.
struct Noisy;
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop");
    }
}
fn main() {
    let mut n = Noisy;
    n.drop(); //~ ERROR E0040
}

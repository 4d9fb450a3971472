//@ compile-fail
// `impl Drop for Wrapper<u32>`: a `Drop` impl cannot be specialised to one instantiation.
struct Wrapper<T>(T);
impl Drop for Wrapper<u32> { //~ ERROR E0366
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let _w = Wrapper(5u32);
}

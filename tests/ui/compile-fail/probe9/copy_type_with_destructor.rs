//@ compile-fail
// A `Copy` value is duplicated bit for bit, so it cannot also have a `Drop` that would run for each copy.
#[derive(Clone, Copy)]
struct Ticket { //~ ERROR E0184
    id: u32,
}
impl Drop for Ticket {
    fn drop(&mut self) {
        println!("closing {}", self.id);
    }
}
fn main() {
    let a = Ticket { id: 1 };
    let _b = a;
}

//@ compile-fail
// A tuple struct's private field read from outside (E0616).
mod m {
    pub struct Id(u32);
    pub fn make() -> Id { Id(1) }
}
fn main() {
    let i = m::make();
    println!("{}", i.0); //~ ERROR E0616
}

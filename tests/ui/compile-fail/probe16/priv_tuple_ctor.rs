//@ compile-fail
// Calling a tuple struct constructor whose field is private (E0603).
mod m {
    pub struct Id(u32);
}
fn main() {
    let i = m::Id(1); //~ ERROR E0603
    let _ = i;
}

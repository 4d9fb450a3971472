//@ compile-fail
// Reading a private const of another module (E0603).
mod cfg {
    const LIMIT: u32 = 3;
}
fn main() {
    println!("{}", cfg::LIMIT); //~ ERROR E0603
}

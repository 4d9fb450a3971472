//@ compile-fail
// `<` between a u64 and a u32 (E0308).
fn main() {
    let a: u64 = 5;
    let b: u32 = 6;
    println!("{}", a < b); //~ ERROR E0308
}

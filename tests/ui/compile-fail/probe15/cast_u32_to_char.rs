//@ compile-fail
// Casting a u32 to char: only u8 may be cast (E0604).
fn main() {
    let n: u32 = 65;
    let c = n as char; //~ ERROR E0604
    println!("{}", c);
}

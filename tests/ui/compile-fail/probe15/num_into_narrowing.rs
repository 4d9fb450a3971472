//@ compile-fail
// `.into()` from u32 to u16 has no impl (E0277).
fn main() {
    let n: u32 = 5;
    let b: u16 = n.into(); //~ ERROR E0277
    println!("{}", b);
}

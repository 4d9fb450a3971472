//@ compile-fail
// A u32 is not silently widened to i64.
fn main() {
    let a: u32 = 5;
    let c: i64 = a; //~ ERROR E0308
    println!("{}", c + 1);
}

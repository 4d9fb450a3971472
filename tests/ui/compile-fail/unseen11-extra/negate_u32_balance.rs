//@ compile-fail
// A debt is computed by negating an unsigned balance.
fn main() {
    let balance: u32 = 40;
    let debt = -balance; //~ ERROR E0600
    println!("{}", debt);
}

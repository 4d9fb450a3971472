//@ compile-fail
// A capacity counter declared without mut is reassigned.
fn main() {
    let cap = 4;
    println!("{}", cap);
    cap = 8; //~ ERROR E0384
    println!("{}", cap);
}

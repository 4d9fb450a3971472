//@ compile-fail
// A closure parameter is assigned although it is not declared `mut`.
fn main() {
    let bump = |count: u32| {
        count += 1; //~ ERROR E0384
        count
    };
    println!("{}", bump(1));
}

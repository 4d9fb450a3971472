//@ compile-fail
// Arithmetic on a parameter, a division by a parameter and `&&` are not promoted: the temporaries die at the return.
fn plus_one(x: u32) -> &'static u32 {
    &(x + 1) //~ ERROR E0515
}
fn divided(d: u32) -> &'static u32 {
    &(6 / d) //~ ERROR E0515
}
fn both() -> &'static bool {
    &(true && false) //~ ERROR E0515
}
fn main() {
    println!("{} {} {}", plus_one(1), divided(2), both());
}

//@ compile-fail
// A tuple or tuple struct pattern may hold one `..` only.
struct Rgb(u8, u8, u8);
fn main() {
    let (a, .., b, ..) = (1, 2, 3); //~ ERROR `..` can only be used once per tuple pattern
    let Rgb(r, .., g, ..) = Rgb(1, 2, 3); //~ ERROR `..` can only be used once per tuple struct pattern
    println!("{a} {b} {r} {g}");
}

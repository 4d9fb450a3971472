//@ compile-fail
// A tuple-struct pattern with too few fields (E0023).
struct Rgb(u8, u8, u8);
fn main() {
    let c = Rgb(1, 2, 3);
    let Rgb(r, g) = c; //~ ERROR E0023
    println!("{} {}", r, g);
}

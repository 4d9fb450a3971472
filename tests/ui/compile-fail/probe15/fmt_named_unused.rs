//@ compile-fail
// A named argument that the format string never uses.
fn main() {
    println!("{x}", x = 1, y = 2); //~ ERROR named argument never used
}

//@ compile-fail
// A struct literal of a struct that was never declared.
fn main() {
    let c = Color { r: 1, g: 2, b: 3 }; //~ ERROR E0422
    println!("{}", c.r);
}

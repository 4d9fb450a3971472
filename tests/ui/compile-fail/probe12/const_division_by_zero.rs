//@ compile-fail
// `const C: u32 = 1 / 0;` fails to evaluate.
const C: u32 = 1 / 0; //~ ERROR E0080
fn main() {
    println!("{C}");
}

//@ compile-fail
// Casting a char to f32 (E0606).
fn main() {
    let c = 'a';
    println!("{}", c as f32); //~ ERROR E0606
}

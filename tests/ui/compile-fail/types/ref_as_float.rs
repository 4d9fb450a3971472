//@ compile-fail
// A reference cast to a float.
fn main() {
    let x = 2.5f64;
    let r = &x;
    let y = r as f32; //~ ERROR E0606
    println!("{}", y);
}

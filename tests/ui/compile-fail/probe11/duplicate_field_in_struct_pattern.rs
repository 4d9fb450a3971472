// A field named twice in a struct pattern: E0025.
//@ compile-fail
struct P {
    x: u32,
    y: u32,
}
fn main() {
    let p = P { x: 1, y: 2 };
    let P { x, x: z, .. } = p; //~ ERROR E0025
    println!("{} {} {}", x, z, p.y);
}

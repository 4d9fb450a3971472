//@ compile-fail
// A struct pattern naming a field that does not exist (E0026).
struct P { x: i32, y: i32 }
fn main() {
    let p = P { x: 1, y: 2 };
    let P { x, z, .. } = p; //~ ERROR E0026
    println!("{} {}", x, z);
}

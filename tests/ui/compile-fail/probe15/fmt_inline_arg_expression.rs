//@ compile-fail
// An inline format argument must be an identifier, not a field access.
struct P { x: i32 }
fn main() {
    let p = P { x: 1 };
    println!("{p.x}"); //~ ERROR invalid format string: field access isn't supported
}

//@ compile-fail
// `{}` on a struct without a Display impl (E0277).
struct P { x: i32 }
fn main() {
    let p = P { x: 1 };
    println!("{}", p); //~ ERROR E0277
    let _ = p.x;
}

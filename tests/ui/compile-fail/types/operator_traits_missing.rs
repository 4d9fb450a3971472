//@ compile-fail
// Operators on a struct and an enum that implement none of their traits: rustc points at the
// type's definition, proposes the derive for comparisons, and names where core defines the others.
#[derive(Debug)]
struct P { x: i32 }
enum E { A }
fn main() {
    let _ = P { x: 1 } - P { x: 1 }; //~ ERROR E0369
    let _ = P { x: 1 } < P { x: 1 }; //~ ERROR E0369
    let _ = E::A == E::A; //~ ERROR E0369
    let mut p = P { x: 1 };
    p += P { x: 2 }; //~ ERROR E0368
    let _ = -P { x: 1 }; //~ ERROR E0600
    let _ = P { x: 1 } << P { x: 1 }; //~ ERROR E0369
    println!("{}", p.x);
}

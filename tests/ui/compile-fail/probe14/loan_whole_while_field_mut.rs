//@ compile-fail
// Reading the whole struct while a field is mutably borrowed.
#[derive(Debug)]
struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let rx = &mut p.x;
    println!("{:?}", p); //~ ERROR E0502
    *rx = 3;
}

//@ compile-fail
// A tuple-variant pattern with too many fields (E0023).
enum E { Pair(i32, i32) }
fn main() {
    let e = E::Pair(1, 2);
    match e {
        E::Pair(a, b, c) => println!("{} {} {}", a, b, c), //~ ERROR E0023
    }
}

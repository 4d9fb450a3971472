//@ compile-fail
// A struct with one closure type parameter given two different closures (E0308).
struct Pair<F: Fn() -> i32> { a: F, b: F }
fn main() {
    let p = Pair { a: || 1, b: || 2 }; //~ ERROR E0308
    println!("{}", (p.a)() + (p.b)());
}

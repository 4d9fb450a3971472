//@ compile-fail
// Reading a field of a type parameter.
struct P {
    x: u32,
}
fn x_of<T>(p: T) -> u32 {
    p.x //~ ERROR E0609
}
fn main() {
    println!("{}", x_of(P { x: 1 }));
}

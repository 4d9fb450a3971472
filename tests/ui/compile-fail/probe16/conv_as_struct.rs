//@ compile-fail
// `as` between a struct and an integer (E0605).
struct M(u32);
fn main() {
    let m = M(3);
    let n = m as u32; //~ ERROR E0605
    println!("{}", n);
}

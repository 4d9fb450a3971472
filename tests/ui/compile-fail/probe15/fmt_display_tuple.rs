//@ compile-fail
// `{}` on a tuple (E0277).
fn main() {
    let t = (1, "a");
    println!("{}", t); //~ ERROR E0277
}

//@ compile-fail
// `let (1, x) = p;` is refutable.
fn main() {
    let p = (1, 2);
    let (1, x) = p; //~ ERROR E0005
    println!("{x}");
}

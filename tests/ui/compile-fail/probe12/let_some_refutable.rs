//@ compile-fail
// `let Some(x) = opt;` is refutable (E0005).
fn main() {
    let opt = Some(3);
    let Some(x) = opt; //~ ERROR E0005
    println!("{x}");
}

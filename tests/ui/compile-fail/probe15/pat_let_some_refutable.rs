//@ compile-fail
// `let Some(x) = opt;` is a refutable pattern in a let (E0005).
fn main() {
    let opt = Some(1);
    let Some(x) = opt; //~ ERROR E0005
    println!("{}", x);
}

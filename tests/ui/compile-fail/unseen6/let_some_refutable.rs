//@ compile-fail
// A `let` with a refutable pattern and no `else`.
fn main() {
    let maybe: Option<u32> = "7".parse().ok();
    let Some(n) = maybe; //~ ERROR E0005
    println!("{}", n);
}

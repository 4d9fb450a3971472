//@ compile-fail
// `let Some(x) = ...` without `else` on an Option.
fn main() {
    let maybe: Option<u32> = "42".parse().ok();
    let Some(n) = maybe; //~ ERROR E0005
    println!("{}", n);
}

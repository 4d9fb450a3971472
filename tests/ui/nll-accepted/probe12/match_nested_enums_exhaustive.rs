// Nested `Option<Option<bool>>` and `(bool, bool)` covered arm by arm.
fn f(x: Option<Option<bool>>) -> u32 {
    match x {
        None => 0,
        Some(None) => 1,
        Some(Some(true)) => 2,
        Some(Some(false)) => 3,
    }
}
fn g(p: (bool, bool)) -> u32 {
    match p {
        (true, _) => 1,
        (false, true) => 2,
        (false, false) => 3,
    }
}
fn main() {
    println!("{} {}", f(Some(Some(false))), g((false, true)));
}

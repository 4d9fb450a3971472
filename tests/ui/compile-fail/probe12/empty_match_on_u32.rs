//@ compile-fail
// `match x {}` on a `u32`.
fn main() {
    let x = 3u32;
    match x {} //~ ERROR E0004
}

//@ compile-fail
// `(u8, bool)` with `(0, _)` and `(1..=255, true)`.
fn main() {
    let p = (3u8, false);
    match p { //~ ERROR E0004
        (0, _) => println!("a"),
        (1..=255, true) => println!("b"),
    }
}

//@ compile-fail
// `impl Trait` in an enum variant's field, a `fn` pointer's return type in a signature, and a tuple in a `let` type (E0562 each).
enum Shape { Many(Vec<impl Copy>) } //~ ERROR E0562
fn apply(f: fn(u8) -> impl Copy) -> u8 { let _ = f; 0 } //~ ERROR E0562
fn main() {
    let pair: (u8, &impl std::fmt::Debug) = (1, &2); //~ ERROR E0562
    println!("{}", apply(|x| x) + pair.0);
}

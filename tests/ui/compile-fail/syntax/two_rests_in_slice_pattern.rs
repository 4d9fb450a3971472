//@ compile-fail
// A slice pattern may hold one `..` only, even when the second one is bound by `name @ ..`.
fn main() {
    let v = [1, 2, 3, 4];
    let [first, .., tail @ ..] = v; //~ ERROR `..` can only be used once per slice pattern
    println!("{first} {tail:?}");
}

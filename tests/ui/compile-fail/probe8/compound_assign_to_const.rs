//@ compile-fail
// `+=` on a `const` has no place to write to either.
const COUNT: i32 = 0;
fn main() {
    COUNT += 1; //~ ERROR E0067
    println!("{}", COUNT);
}

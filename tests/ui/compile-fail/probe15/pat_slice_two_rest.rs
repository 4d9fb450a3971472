//@ compile-fail
// Two `..` in one slice pattern.
fn main() {
    let v = [1, 2, 3];
    let [a, .., b, ..] = v; //~ ERROR `..` can only be used once per slice pattern
    println!("{} {}", a, b);
}

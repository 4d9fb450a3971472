//@ compile-fail
// A user function taking `impl Fn(&str)` given a closure taking `String` (E0631).
fn apply(f: impl Fn(&str) -> usize) -> usize {
    f("hello")
}

fn main() {
    let n = apply(|s: String| s.len()); //~ ERROR E0631
    println!("{}", n);
}

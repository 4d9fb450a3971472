//@ compile-fail
// A callee that hands back its argument next to the closure's result keeps the argument's borrow.
fn both<T: Copy, U, F: FnOnce(T) -> U>(t: T, f: F) -> (T, U) {
    (t, f(t))
}

fn pick<'a>(pairs: &[(&'a str, &'a str)]) -> (&'a (&'a str, &'a str), &'a str) {
    both(&pairs[0], |p| p.1) //~ ERROR E0621
}

fn main() {
    println!("{:?}", pick(&[("a", "b")]));
}

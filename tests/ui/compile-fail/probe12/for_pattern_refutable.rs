//@ compile-fail
// A `for` pattern `(a, Some(b))` is refutable (E0005).
fn main() {
    let v = vec![(1, Some(2))];
    for (a, Some(b)) in v { //~ ERROR E0005
        println!("{a}{b}");
    }
}

//@ compile-fail
// With `..`, a slice pattern on an array may not need more elements than the array has.
fn main() {
    let pair = [1, 2];
    if let [a, b, c, rest @ ..] = pair { //~ ERROR E0528
        println!("{a} {b} {c} {rest:?}");
    }
}

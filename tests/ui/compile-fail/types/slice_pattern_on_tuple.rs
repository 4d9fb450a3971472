//@ compile-fail
// A slice pattern matched against a tuple.
fn main() {
    let pair = (1, 2);
    match pair {
        [a, b] => println!("{} {}", a, b), //~ ERROR E0529
    }
}

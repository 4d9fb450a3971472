//@ compile-fail
// A `for` loop's variable is immutable unless declared `mut`, also under a `&` pattern.
fn main() {
    for x in 0..3 {
        x += 1; //~ ERROR E0384
        println!("{x}");
    }
    for &y in [1, 2].iter() {
        y += 1; //~ ERROR E0384
        println!("{y}");
    }
}

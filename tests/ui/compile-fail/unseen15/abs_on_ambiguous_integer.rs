//@ compile-fail
// abs called on an integer expression whose type is still unknown
fn main() {
    let (a, b) = (3, 8);
    let dist = (a - b).abs(); //~ ERROR E0689
    println!("{dist}");
}

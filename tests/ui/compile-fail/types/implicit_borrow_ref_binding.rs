//@ compile-fail
// Edition 2024: `ref` may not be written where the pattern already borrows implicitly
fn main() {
    let pair = &(1, String::from("a"));
    let (n, ref s) = pair; //~ ERROR cannot explicitly borrow within an implicitly-borrowing pattern
    println!("{n} {s}");
}

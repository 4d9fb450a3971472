//@ compile-fail
// Edition 2024: `mut` may not be written where the pattern already borrows implicitly
fn main() {
    let point = &(1, 2);
    let (mut x, _) = point; //~ ERROR cannot mutably bind by value within an implicitly-borrowing pattern
    x += 1;
    println!("{x}");
}

//@ compile-fail
// Edition 2024: `&` may not be written where the pattern already borrows implicitly
fn main() {
    let scores = vec![("ann", &3), ("bob", &5)];
    for (name, &score) in &scores { //~ ERROR cannot explicitly dereference within an implicitly-borrowing pattern
        println!("{name}: {score}");
    }
}

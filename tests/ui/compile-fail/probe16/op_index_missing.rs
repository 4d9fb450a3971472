//@ compile-fail
// Indexing a struct without Index (E0608).
struct Grid(Vec<u32>);
fn main() {
    let g = Grid(vec![1, 2]);
    println!("{}", g[0]); //~ ERROR E0608
}

//@ compile-fail
// Index<usize> used with a &str key (E0308).
use std::ops::Index;
struct Grid(Vec<u32>);
impl Index<usize> for Grid { type Output = u32; fn index(&self, i: usize) -> &u32 { &self.0[i] } }
fn main() {
    let g = Grid(vec![1]);
    println!("{}", g["a"]); //~ ERROR E0308
}

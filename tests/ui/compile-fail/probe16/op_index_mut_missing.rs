//@ compile-fail
// Assigning through Index without IndexMut (E0594).
use std::ops::Index;
struct Grid(Vec<u32>);
impl Index<usize> for Grid { type Output = u32; fn index(&self, i: usize) -> &u32 { &self.0[i] } }
fn main() {
    let mut g = Grid(vec![1]);
    g[0] = 5; //~ ERROR E0594
    println!("{}", g[0]);
}

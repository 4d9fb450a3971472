//@ compile-fail
// Index::index returning a value instead of a reference (E0053).
use std::ops::Index;
struct Grid(Vec<u32>);
impl Index<usize> for Grid {
    type Output = u32;
    fn index(&self, i: usize) -> u32 { self.0[i] } //~ ERROR E0053
}
fn main() { println!("{}", Grid(vec![1])[0]); }

//@ compile-fail
// Indexing a type with Index impls by a key none takes: several impls (E0277), one impl whose argument differs (E0308), a map whose key bound fails (E0277).
use std::collections::HashMap;
use std::ops::Index;
struct G(Vec<u32>);
impl Index<usize> for G { type Output = u32; fn index(&self, i: usize) -> &u32 { &self.0[i] } }
impl Index<(usize, usize)> for G { type Output = u32; fn index(&self, i: (usize, usize)) -> &u32 { &self.0[i.0 + i.1] } }
struct H(Vec<u32>);
impl Index<usize> for H { type Output = u32; fn index(&self, i: usize) -> &u32 { &self.0[i] } }
fn main() {
    let g = G(vec![1]);
    let h = H(vec![2]);
    let m: HashMap<String, u32> = HashMap::new();
    let i: u8 = 0;
    println!("{}", g["a"]); //~ ERROR E0277
    println!("{}", h[i]); //~ ERROR E0308
    println!("{}", m[&5]); //~ ERROR E0277
}

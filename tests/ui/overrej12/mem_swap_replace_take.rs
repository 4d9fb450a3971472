// std::mem::swap, replace and take on fields behind `&mut self`
use std::mem;
#[derive(Debug, Default)]
struct Buffers {
    front: Vec<u8>,
    back: Vec<u8>,
    name: String,
}
impl Buffers {
    fn flip(&mut self) {
        mem::swap(&mut self.front, &mut self.back);
    }
    fn rename(&mut self, n: &str) -> String {
        mem::replace(&mut self.name, n.to_string())
    }
    fn flush(&mut self) -> Vec<u8> {
        mem::take(&mut self.front)
    }
}
fn main() {
    let mut b = Buffers { front: vec![1, 2], back: vec![9], name: "one".into() };
    b.flip();
    println!("{:?}", b);
    let old = b.rename("two");
    let out = b.flush();
    println!("{} {:?} {:?}", old, out, b);
    let mut x = 1;
    let mut y = 2;
    mem::swap(&mut x, &mut y);
    let z = mem::replace(&mut x, 10);
    println!("{} {} {}", x, y, z);
    let t = mem::take(&mut b);
    println!("{:?} {:?}", t.name, b.name);
}

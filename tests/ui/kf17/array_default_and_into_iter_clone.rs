// `Default` for arrays (each element's `default()` in order, `[T; 0]` for any T) and `Clone` for a partly consumed `vec::IntoIter`.
#[derive(Debug)]
struct Tick(u32);
impl Default for Tick {
    fn default() -> Tick { println!("tick"); Tick(7) }
}
struct NoDefault;
#[derive(Default, Debug)]
struct Node { next: [Option<Box<Node>>; 3], words: [String; 2], hits: [[u8; 2]; 2] }
fn main() {
    let t: [Tick; 4] = Default::default();
    let e: [NoDefault; 0] = Default::default();
    let n = Node::default();
    println!("{:?} {} {:?}", t, e.len(), n);
    let mut it = vec![String::from("a"), String::from("b"), String::from("c")].into_iter();
    it.next();
    let copy = it.clone();
    println!("{:?} {:?}", it.as_slice(), copy.collect::<Vec<_>>());
    println!("{:?} {}", it.next(), it.len());
}

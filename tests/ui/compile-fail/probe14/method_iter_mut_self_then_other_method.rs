//@ compile-fail
// A `&mut self` method's `impl Iterator + '_` alive while calling another method.
struct Bag { v: Vec<i32> }
impl Bag {
    fn items(&mut self) -> impl Iterator<Item = &mut i32> + '_ { self.v.iter_mut() }
    fn len(&self) -> usize { self.v.len() }
}
fn main() {
    let mut b = Bag { v: vec![1] };
    let it = b.items();
    println!("{}", b.len()); //~ ERROR E0502
    for x in it { *x += 1; }
}

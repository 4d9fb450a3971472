//@ compile-fail
// A &mut returned by a method keeps `self` mutably borrowed while a &self method is called.
struct Cart {
    qty: Vec<u32>,
}

impl Cart {
    fn line_mut(&mut self, i: usize) -> &mut u32 {
        &mut self.qty[i]
    }
    fn total(&self) -> u32 {
        self.qty.iter().sum()
    }
}

fn main() {
    let mut c = Cart { qty: vec![1, 2, 3] };
    let line = c.line_mut(1);
    let before = c.total(); //~ ERROR E0502
    *line += before;
    println!("{:?}", c.qty);
}

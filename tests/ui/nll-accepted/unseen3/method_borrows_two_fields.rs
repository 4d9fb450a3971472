// A method holds `&mut self.total` and `&self.items` at once: distinct fields.
struct Cart {
    items: Vec<u32>,
    total: u32,
}

impl Cart {
    fn recompute(&mut self) {
        let t = &mut self.total;
        *t = 0;
        for p in &self.items {
            *t += p;
        }
    }
}

fn main() {
    let mut c = Cart { items: vec![3, 4, 5], total: 99 };
    c.recompute();
    println!("{}", c.total);
}

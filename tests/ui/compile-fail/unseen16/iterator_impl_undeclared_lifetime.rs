//@ compile-fail
// impl Iterator for Iter<'a> without declaring 'a on the impl, as people port it from other languages.
struct Iter<'a> {
    items: &'a [u32],
    pos: usize,
}

impl Iterator for Iter<'a> { //~ ERROR E0261
    type Item = &'a u32; //~ ERROR E0261
    fn next(&mut self) -> Option<Self::Item> {
        let x = self.items.get(self.pos)?;
        self.pos += 1;
        Some(x)
    }
}

fn main() {
    let v = [1, 2, 3];
    let it = Iter { items: &v, pos: 0 };
    println!("{}", it.count());
}

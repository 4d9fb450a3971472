//@ compile-fail
// An Iterator impl for a cursor struct whose Item is written `&u8` although the impl names 'a.
struct Bytes<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Bytes<'a> {
    type Item = &u8; //~ ERROR associated type `Iterator::Item` is declared without lifetime parameters
    fn next(&mut self) -> Option<Self::Item> {
        let b = self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }
}

fn main() {
    let b = Bytes { data: b"hi", pos: 0 };
    println!("{}", b.count());
}

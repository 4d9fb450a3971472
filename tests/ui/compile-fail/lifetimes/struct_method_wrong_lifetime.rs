//@ compile-fail
// Through `&self`, a `&'a mut` field only lends for the borrow of self, not for all of 'a.
struct Reader<'a> {
    data: &'a mut Vec<u8>,
}

impl<'a> Reader<'a> {
    fn first(&self) -> &'a u8 {
        &self.data[0] //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let mut bytes = vec![1u8, 2, 3];
    let r = Reader { data: &mut bytes };
    println!("{}", r.first());
}

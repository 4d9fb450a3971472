//@ compile-fail
// A map closure returning a borrow of `self` it captured gives `self`'s short lifetime, not `'a`.
struct Cursor<'a> {
    next: Option<&'a i32>,
    own: i32,
}

impl<'a> Cursor<'a> {
    fn get(&mut self) -> Option<&'a i32> {
        self.next.map(|_| &self.own) //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let x = 5;
    let mut c = Cursor { next: Some(&x), own: 1 };
    println!("{:?}", c.get());
}

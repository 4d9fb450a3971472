//@ compile-fail
// Through a `&mut` field the borrow is a loan of the struct: `&mut cur` while a slice of `*cur.buf` is used is E0502.
struct Cursor<'a> {
    buf: &'a mut String,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn bump(&mut self) {
        self.pos += 1;
    }
}

fn main() {
    let mut s = String::from("let x = 5");
    let mut cur = Cursor { buf: &mut s, pos: 0 };
    let rest = &cur.buf[cur.pos..];
    cur.bump(); //~ ERROR E0502
    println!("{:?}", rest);
}

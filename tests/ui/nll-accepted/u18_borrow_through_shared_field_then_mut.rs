// A borrow reached through a shared reference field (`&cur.src[..]`, `&*cur.src`, `src: &str`) is not a loan of the struct: `&mut cur` may follow while it is used.
struct Cursor<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn bump(&mut self) {
        self.pos += 1;
    }
}

fn take(c: Cursor) -> usize {
    c.pos
}

fn main() {
    let mut cur = Cursor { src: "let x = 5", pos: 0 };
    let rest = &cur.src[cur.pos..];
    cur.bump();
    let whole: &str = &*cur.src;
    let m = &mut cur;
    m.bump();
    let byte = &cur.src.as_bytes()[1];
    let pos = take(cur);
    println!("{:?} {:?} {} {}", rest, whole, byte, pos);
}

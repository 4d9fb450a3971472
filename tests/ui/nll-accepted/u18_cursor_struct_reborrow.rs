// A &mut Cursor is used to advance, then the cursor is read through its owner; the returned slice borrows the input, not the cursor.
struct Cursor<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn word(&mut self) -> &'a str {
        let rest = &self.src[self.pos..];
        let rest = rest.trim_start();
        let skipped = self.src.len() - self.pos - rest.len();
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += skipped + end;
        &rest[..end]
    }
}

fn main() {
    let mut cur = Cursor { src: "let x = 5", pos: 0 };
    let c = &mut cur;
    let a = c.word();
    let b = c.word();
    let remaining = &cur.src[cur.pos..];
    let d = cur.word();
    println!("{:?} {:?} {:?} {:?}", a, b, remaining, d);
}

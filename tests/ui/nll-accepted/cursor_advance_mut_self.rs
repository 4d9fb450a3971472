// A method returning a borrow of self after mutating a counter.
struct Cursor {
    items: Vec<String>,
    pos: usize,
}

impl Cursor {
    fn next(&mut self) -> Option<&String> {
        let i = self.pos;
        self.pos += 1;
        self.items.get(i)
    }
}

fn main() {
    let mut c = Cursor { items: vec![String::from("a")], pos: 0 };
    println!("{:?}", c.next());
    println!("{:?}", c.next());
}

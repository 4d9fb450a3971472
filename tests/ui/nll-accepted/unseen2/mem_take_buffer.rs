// `mem::take` moves a field out through `&mut self`, leaving an empty value behind.
struct Batch {
    buffer: Vec<String>,
    flushed: usize,
}

impl Batch {
    fn flush(&mut self) -> Vec<String> {
        let out = std::mem::take(&mut self.buffer);
        self.flushed += out.len();
        out
    }
}

fn main() {
    let mut b = Batch { buffer: vec![String::from("x"), String::from("y")], flushed: 0 };
    let first = b.flush();
    b.buffer.push(String::from("z"));
    let second = b.flush();
    println!("{:?} {:?} {}", first, second, b.flushed);
}

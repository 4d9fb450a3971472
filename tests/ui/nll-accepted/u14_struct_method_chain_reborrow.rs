// Chained &mut self methods returning &mut Self, then a shared read of the same struct
struct Builder {
    parts: Vec<String>,
}

impl Builder {
    fn with(&mut self, p: &str) -> &mut Self {
        self.parts.push(p.to_string());
        self
    }
    fn len(&self) -> usize {
        self.parts.len()
    }
}

fn main() {
    let mut b = Builder { parts: vec![] };
    b.with("a").with("b").with("c");
    let n = b.len();
    b.with(&n.to_string());
    let r = &mut b;
    r.with("d");
    println!("{:?} {}", b.parts, b.len());
}

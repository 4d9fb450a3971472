// mem::take moves a buffer out of a &mut self field, then pushes it into another field.
struct Editor {
    line: String,
    history: Vec<String>,
}

impl Editor {
    fn commit(&mut self) -> usize {
        let done = std::mem::take(&mut self.line);
        self.history.push(done);
        self.history.len()
    }
}

fn main() {
    let mut e = Editor { line: String::new(), history: Vec::new() };
    for w in ["one", "two"] {
        e.line.push_str(w);
        let n = e.commit();
        println!("{} {:?}", n, e.line);
    }
    println!("{:?}", e.history);
}

// `mem::take` and `mem::replace` move values out of fields behind `&mut self`.
struct Buffer {
    lines: Vec<String>,
    title: String,
}

impl Buffer {
    fn flush(&mut self) -> Vec<String> {
        std::mem::take(&mut self.lines)
    }
    fn retitle(&mut self, t: &str) -> String {
        std::mem::replace(&mut self.title, t.to_string())
    }
}

fn main() {
    let mut b = Buffer { lines: vec![String::from("a"), String::from("b")], title: String::from("old") };
    let out = b.flush();
    let old = b.retitle("new");
    println!("{:?} {} {} {}", out, old, b.title, b.lines.len());
}

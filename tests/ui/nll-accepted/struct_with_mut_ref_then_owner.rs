// A struct holding `&mut Vec` is dead after its last use; the vector is usable again.
struct Appender<'a> {
    out: &'a mut Vec<String>,
}

impl<'a> Appender<'a> {
    fn add(&mut self, s: &str) {
        self.out.push(s.to_string());
    }
}

fn main() {
    let mut lines = Vec::new();
    let mut a = Appender { out: &mut lines };
    a.add("x");
    a.add("y");
    lines.push("z".to_string());
    println!("{:?}", lines);
}

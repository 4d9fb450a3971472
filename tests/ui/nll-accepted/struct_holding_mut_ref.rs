// A struct holding a `&mut Vec`: once the struct is last used, the Vec is free again.
struct Writer<'a> {
    out: &'a mut Vec<String>,
}

impl Writer<'_> {
    fn write(&mut self, s: &str) {
        self.out.push(s.to_string());
    }
}

fn main() {
    let mut log = Vec::new();
    let mut w = Writer { out: &mut log };
    w.write("one");
    w.write("two");
    log.push(String::from("three"));
    println!("{:?}", log);
}

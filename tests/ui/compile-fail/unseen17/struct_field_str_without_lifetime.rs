//@ compile-fail
// A logger class keeps its prefix as a `&str` field, as a Java String field, without a lifetime parameter.
struct Logger {
    prefix: &str, //~ ERROR E0106
    lines: Vec<String>,
}

impl Logger {
    fn log(&mut self, msg: &str) {
        self.lines.push(format!("{} {}", self.prefix, msg));
    }
}

fn main() {
    let mut l = Logger { prefix: "[app]", lines: vec![] };
    l.log("hi");
    println!("{:?}", l.lines);
}

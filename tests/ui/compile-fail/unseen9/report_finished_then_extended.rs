//@ compile-fail
// finish(self) consumes the report, and the learner adds one more line afterwards.
struct Report {
    lines: Vec<String>,
}

impl Report {
    fn add(&mut self, line: &str) {
        self.lines.push(line.to_string());
    }
    fn finish(self) -> String {
        self.lines.join("\n")
    }
}

fn main() {
    let mut report = Report { lines: Vec::new() };
    report.add("total: 3");
    let text = report.finish();
    report.add("signed"); //~ ERROR E0382
    println!("{}", text);
}

// Disjoint field borrows: iterating one field while pushing to another inside a &mut self method.
struct Report {
    lines: Vec<String>,
    warnings: Vec<String>,
    total: usize,
}

impl Report {
    fn scan(&mut self) {
        for line in &self.lines {
            self.total += line.len();
            if line.contains('!') {
                self.warnings.push(line.to_uppercase());
            }
        }
    }
}

fn main() {
    let mut r = Report { lines: vec!["ok".into(), "disk full!".into(), "fine".into()], warnings: vec![], total: 0 };
    r.scan();
    println!("{} {:?}", r.total, r.warnings);
}

// A struct holding `&mut String` is used, then dead, and the String's owner writes to it again.
struct Report<'a> {
    out: &'a mut String,
    lines: u32,
}

impl<'a> Report<'a> {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
        self.lines += 1;
    }
}

fn main() {
    let mut text = String::new();
    let mut r = Report { out: &mut text, lines: 0 };
    r.line("title");
    r.line("body");
    let n = r.lines;
    text.push_str(&format!("({} lines)", n));
    println!("{}", text);
}

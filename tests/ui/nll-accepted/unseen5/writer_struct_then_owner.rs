// A struct holding `&mut String` is used, then the String is used directly after its last use.
struct Writer<'a> {
    out: &'a mut String,
    indent: usize,
}

impl<'a> Writer<'a> {
    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push(' ');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }
}

fn main() {
    let mut buf = String::new();
    let mut w = Writer { out: &mut buf, indent: 0 };
    w.line("fn main() {");
    w.indent = 4;
    w.line("body();");
    w.indent = 0;
    w.line("}");
    buf.push_str("// end\n");
    print!("{}", buf);
}

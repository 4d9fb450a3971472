//@ compile-fail
// Two structs holding `&mut` to the same buffer at the same time.
struct Editor<'a> {
    buf: &'a mut String,
}

impl<'a> Editor<'a> {
    fn write(&mut self, s: &str) {
        self.buf.push_str(s);
    }
}

fn main() {
    let mut text = String::new();
    let mut a = Editor { buf: &mut text };
    let mut b = Editor { buf: &mut text }; //~ ERROR E0499
    a.write("a");
    b.write("b");
    println!("{}", text);
}

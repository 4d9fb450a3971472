//@ compile-fail
// A setter on a struct holding `&'a str` stores its `&str` argument, whose lifetime is unrelated to `'a`.
struct Label<'a> {
    text: &'a str,
}

impl<'a> Label<'a> {
    fn set_text(&mut self, text: &str) {
        self.text = text; //~ ERROR E0621
    }
}

fn main() {
    let mut label = Label { text: "old" };
    label.set_text("new");
    println!("{}", label.text);
}

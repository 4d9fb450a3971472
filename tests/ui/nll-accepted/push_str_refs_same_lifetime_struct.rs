// A struct method collecting references of the struct's lifetime.
struct Words<'a> {
    list: Vec<&'a str>,
}

impl<'a> Words<'a> {
    fn add_all(&mut self, text: &'a str) {
        for w in text.split(' ') {
            self.list.push(w);
        }
    }
}

fn main() {
    let text = String::from("a b c");
    let mut w = Words { list: Vec::new() };
    w.add_all(&text);
    println!("{:?}", w.list);
}

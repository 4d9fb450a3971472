//@ compile-fail
// A document method returns a &str into the text; the text is appended to while that word is still used.
struct Document {
    text: String,
}

impl Document {
    fn first_word(&self) -> &str {
        self.text.split_whitespace().next().unwrap_or("")
    }

    fn append(&mut self, more: &str) {
        self.text.push(' ');
        self.text.push_str(more);
    }
}

fn main() {
    let mut doc = Document { text: String::from("Ownership rules") };
    let title = doc.first_word();
    doc.append("everything"); //~ ERROR E0502
    println!("title: {}, text: {}", title, doc.text);
}

//@ compile-fail
// A struct borrowing a document is still used after the document is moved away.
struct View<'a> {
    text: &'a String,
}

impl<'a> View<'a> {
    fn show(&self) {
        println!("{}", self.text);
    }
}

fn archive(doc: String) -> usize {
    doc.len()
}

fn main() {
    let doc = String::from("report");
    let view = View { text: &doc };
    let n = archive(doc); //~ ERROR E0505
    view.show();
    println!("{}", n);
}

//@ compile-fail
// The title borrowed from a document is printed after the document was moved into `archive`.
struct Doc {
    title: String,
    body: String,
}

impl Doc {
    fn title(&self) -> &str {
        &self.title
    }
}

fn archive(d: Doc) -> usize {
    d.body.len()
}

fn main() {
    let doc = Doc { title: String::from("Notes"), body: String::from("...") };
    let t = doc.title();
    let n = archive(doc); //~ ERROR E0505
    println!("{} {}", t, n);
}

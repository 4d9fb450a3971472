//@ compile-fail
// Headings borrowing a document String are kept after the block that owns the document ends.
fn headings(doc: &str) -> Vec<&str> {
    doc.lines().filter(|l| l.starts_with('#')).collect()
}

fn main() {
    let toc;
    {
        let doc = String::from("# Title\ntext\n## Part");
        toc = headings(&doc); //~ ERROR E0597
    }
    println!("{:?}", toc);
}

// `if let Some(last) = list.last_mut() { .. }` then `list.len()` and a push after: the &mut is dead after the block.
#[derive(Debug)]
struct Line {
    text: String,
}

fn append(doc: &mut Vec<Line>, s: &str) {
    if let Some(last) = doc.last_mut() {
        if last.text.len() + s.len() <= 12 {
            last.text.push_str(s);
            return;
        }
    }
    doc.push(Line { text: s.to_string() });
}

fn main() {
    let mut doc: Vec<Line> = Vec::new();
    for w in ["hello ", "world ", "from ", "rust ", "with ", "love"] {
        append(&mut doc, w);
    }
    println!("{:?}", doc);
}

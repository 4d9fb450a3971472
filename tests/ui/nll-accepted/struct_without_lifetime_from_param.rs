// Building an owning struct from a borrowed parameter.
struct Label {
    text: String,
    len: usize,
}

fn make(t: &str) -> Label {
    Label { text: t.to_string(), len: t.len() }
}

fn main() {
    let l = make("hi");
    println!("{} {}", l.text, l.len);
}

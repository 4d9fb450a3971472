// Struct update syntax moves only the fields it takes; the overridden String field stays usable.
#[derive(Debug)]
struct Style {
    font: String,
    color: String,
    size: u32,
}

fn main() {
    let base = Style { font: String::from("serif"), color: String::from("black"), size: 12 };
    let title = Style { color: String::from("navy"), size: 20, ..base };
    println!("{} {}", base.color, base.size);
    println!("{:?}", title);
}

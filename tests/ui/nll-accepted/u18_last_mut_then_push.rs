// last_mut() on a Vec<String> extends the last line, then a new line is pushed: the if-let borrow has ended.
fn main() {
    let mut lines: Vec<String> = vec![String::from("first")];
    for word in ["a", "b", "NEWLINE", "c"] {
        if word == "NEWLINE" {
            lines.push(String::new());
            continue;
        }
        if let Some(last) = lines.last_mut() {
            last.push(' ');
            last.push_str(word);
        }
        lines.push(format!("after {}", word));
    }
    println!("{:?}", lines);
}

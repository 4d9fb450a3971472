// The trimmed slice is copied into a new String before the original is reassigned: the borrow is dead by then.
fn main() {
    let mut text = String::from("   padded value   ");
    let trimmed = text.trim();
    let owned = trimmed.to_uppercase();
    text = owned;
    println!("[{}]", text);
    let first = text.split(' ').next().unwrap_or("");
    let n = first.len();
    text.clear();
    println!("{} {}", n, text.is_empty());
}

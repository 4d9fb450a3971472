// Lines are counted through an iterator over the Vec, then the Vec is filtered by retain once the iterator is done.
fn main() {
    let mut lines: Vec<String> = "keep\n# comment\nkeep too\n\n#x".lines().map(String::from).collect();
    let comments = lines.iter().filter(|l| l.starts_with('#')).count();
    lines.retain(|l| !l.starts_with('#') && !l.is_empty());
    let joined = lines.join("|");
    lines.push(joined);
    println!("{} comments, {:?}", comments, lines);
}

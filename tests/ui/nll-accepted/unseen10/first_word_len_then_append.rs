// The length of the first word is read through a borrowed slice, then the String is appended to.
fn main() {
    let mut line = String::from("hello brave new world");
    let first_len = line.split(' ').next().map(|w| w.len()).unwrap_or(0);
    let first = &line[..first_len];
    let shout = first.to_uppercase();
    line.push_str("!");
    line.insert_str(0, &shout);
    println!("{} ({} chars)", line, first_len);
}

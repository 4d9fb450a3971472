// str::split_at inside a character panics at std's line with the boundary message.
fn main() {
    let word = String::from("café au lait");
    let (a, b) = word.split_at(3);
    println!("{a}|{b}");
    let mid = word.len() / 3;
    let (c, d) = word.split_at(mid);
    println!("{c}|{d}");
}

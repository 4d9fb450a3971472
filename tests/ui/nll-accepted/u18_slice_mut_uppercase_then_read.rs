// A &mut str of part of a String is uppercased in place, then the whole String is read.
fn main() {
    let mut title = String::from("hello rustaceans");
    let first = &mut title[..5];
    first.make_ascii_uppercase();
    println!("{}", title);
    let tail = &mut title[6..];
    tail.make_ascii_uppercase();
    title.push('!');
    println!("{}", title);
}

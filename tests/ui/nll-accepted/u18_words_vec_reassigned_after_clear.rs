// A Vec<&str> of words from a reused line buffer, declared outside the loop: it is overwritten after each clear, never read stale.
fn main() {
    let input = ["one two three", "four five", "six"];
    let mut buf = String::new();
    let mut words: Vec<&str>;
    let mut total = 0;
    for line in input {
        buf.clear();
        buf.push_str(line);
        words = buf.split(' ').collect();
        total += words.len();
        println!("{:?}", words);
    }
    println!("{} words", total);
}

// Passing &str to a function borrows: counting words allocates nothing.
fn count_words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn main() {
    let text = "the quick brown fox";
    let mut total = 0;
    for _ in 0..10 {
        total += count_words(text);
    }
    println!("{total}");
}

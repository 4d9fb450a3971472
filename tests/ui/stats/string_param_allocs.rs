// Taking String forces callers to allocate: ten calls, ten allocations of the same text.
fn count_words(s: String) -> usize {
    s.split_whitespace().count()
}

fn main() {
    let text = "the quick brown fox";
    let mut total = 0;
    for _ in 0..10 {
        total += count_words(text.to_string());
    }
    println!("{total}");
}

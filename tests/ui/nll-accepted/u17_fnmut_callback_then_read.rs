// A closure mutably capturing a counter is passed as a callback; the counter is read once the closure is dead.
fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    for w in text.split_whitespace() {
        f(w);
    }
}

fn main() {
    let mut count = 0;
    let mut longest = String::new();
    let mut visit = |w: &str| {
        count += 1;
        if w.len() > longest.len() {
            longest = w.to_string();
        }
    };
    visit("warmup");
    for_each_word("the quick brown foxes", &mut visit);
    println!("{} words, longest {}", count, longest);
    count += 100;
    println!("{}", count);
}

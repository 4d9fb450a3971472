// Word-length histogram and text summary: lengths bucketed in a Vec, a vertical bar chart built row by row into Strings.
fn lengths(text: &str) -> Vec<usize> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().count())
        .collect()
}

fn main() {
    let text = "It was the best of times, it was the worst of times, it was the age of wisdom, \
                it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.";
    let lens = lengths(text);
    let max_len = *lens.iter().max().unwrap();
    let mut buckets = vec![0usize; max_len + 1];
    for &l in &lens {
        buckets[l] += 1;
    }
    for (len, &n) in buckets.iter().enumerate().skip(1) {
        println!("{:>2} | {:<20} {}", len, "=".repeat(n), n);
    }
    let tallest = *buckets.iter().max().unwrap();
    let mut rows: Vec<String> = Vec::new();
    for level in (1..=tallest).rev() {
        let mut row = String::new();
        for &n in buckets.iter().skip(1) {
            row.push_str(if n >= level { " # " } else { "   " });
        }
        rows.push(row.trim_end().to_string());
    }
    for r in &rows {
        println!("{}", r);
    }
    let axis: String = (1..=max_len).map(|i| format!("{:^3}", i)).collect();
    println!("{}", axis);
    let mean = lens.iter().sum::<usize>() as f64 / lens.len() as f64;
    let mut sorted = lens.clone();
    sorted.sort();
    let median = sorted[sorted.len() / 2];
    println!("words={} mean={:.3} median={} longest={}", lens.len(), mean, median, max_len);
    let longest_words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() == max_len)
        .collect();
    println!("longest: {:?}", longest_words);
}

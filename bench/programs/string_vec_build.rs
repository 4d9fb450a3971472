// String and Vec building: pushes with amortised growth, formatting, sorting.
fn main() {
    let mut words: Vec<String> = Vec::new();
    for i in 0..20000u32 {
        let mut s = String::new();
        s.push_str("item-");
        s.push_str(&i.to_string());
        words.push(s);
    }
    let mut total = 0;
    for w in &words {
        total += w.len();
    }
    let mut lengths: Vec<usize> = Vec::with_capacity(words.len());
    for w in words.iter() {
        lengths.push(w.len());
    }
    lengths.sort();
    println!("{} words, {} bytes, longest {}", words.len(), total, lengths[lengths.len() - 1]);
}

// Finds word spans (byte offsets) in UTF-8 text with char_indices and highlights the longest word.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    for (i, ch) in text.char_indices() {
        if ch.is_alphanumeric() || ch == '\'' {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            spans.push((s, i));
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

fn main() {
    let text = "Größe matters, naïve café-owners don't agree! 42 times.";
    let spans = word_spans(text);
    for &(s, e) in &spans {
        let w = &text[s..e];
        println!("{:>2}..{:<2} {:<8} chars={} bytes={}", s, e, w, w.chars().count(), w.len());
    }
    let longest = spans
        .iter()
        .max_by_key(|&&(s, e)| (text[s..e].chars().count(), std::cmp::Reverse(s)))
        .unwrap();
    let mut marked = String::with_capacity(text.len() + 2);
    marked.push_str(&text[..longest.0]);
    marked.push('[');
    marked.push_str(&text[longest.0..longest.1]);
    marked.push(']');
    marked.push_str(&text[longest.1..]);
    println!("{}", marked);
    let caps: Vec<char> = text.char_indices().filter(|(_, c)| c.is_uppercase()).map(|(_, c)| c).collect();
    println!("capitals: {:?}, non-ascii chars: {}", caps, text.chars().filter(|c| !c.is_ascii()).count());
}

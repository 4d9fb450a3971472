// Word wrapping to a width with greedy line filling, then full justification by spreading spaces, and centering.
fn wrap(text: &str, width: usize) -> Vec<Vec<&str>> {
    let mut lines: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let extra = if current.is_empty() { word.len() } else { word.len() + 1 };
        if len + extra > width && !current.is_empty() {
            lines.push(current);
            current = Vec::new();
            len = 0;
        }
        len += if current.is_empty() { word.len() } else { word.len() + 1 };
        current.push(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

fn justify(words: &[&str], width: usize) -> String {
    if words.len() == 1 {
        return format!("{:<width$}", words[0], width = width);
    }
    let letters: usize = words.iter().map(|w| w.len()).sum();
    let gaps = words.len() - 1;
    let spaces = width.saturating_sub(letters);
    let (each, extra) = (spaces / gaps, spaces % gaps);
    let mut s = String::with_capacity(width);
    for (i, w) in words.iter().enumerate() {
        s.push_str(w);
        if i < gaps {
            let n = each + if i < extra { 1 } else { 0 };
            s.push_str(&" ".repeat(n));
        }
    }
    s
}

fn main() {
    let text = "Rust is a multi-paradigm, general-purpose programming language that emphasizes \
                performance, type safety, and concurrency. It enforces memory safety without a garbage collector.";
    for width in [30usize, 45] {
        println!("width {}:", width);
        let lines = wrap(text, width);
        for (i, words) in lines.iter().enumerate() {
            let body = if i + 1 == lines.len() { words.join(" ") } else { justify(words, width) };
            println!("|{:<w$}|", body, w = width);
        }
    }
    for words in wrap("center these few words please", 12) {
        println!("[{:^16}]", words.join(" "));
    }
    let long = wrap("supercalifragilistic is long", 10);
    println!("{:?}", long);
}

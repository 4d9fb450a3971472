// Greedy word wrapping and justification: split_whitespace, String building, widths, last-line rules.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if current.is_empty() {
            current.push_str(word);
        } else if current.len() + 1 + word.len() <= width {
            current.push(' ');
            current.push_str(word);
        } else {
            lines.push(current);
            current = word.to_string();
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

fn justify(line: &str, width: usize) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() == 1 {
        return format!("{:<width$}", line, width = width);
    }
    let letters: usize = words.iter().map(|w| w.len()).sum();
    let gaps = words.len() - 1;
    let spaces = width.saturating_sub(letters);
    let mut out = String::with_capacity(width);
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if i < gaps {
            let extra = if i < spaces % gaps { 1 } else { 0 };
            out.push_str(&" ".repeat(spaces / gaps + extra));
        }
    }
    out
}

fn main() {
    let text = "Ownership is Rust's most unique feature and has deep implications for the rest \
                of the language. It enables Rust to make memory safety guarantees without needing \
                a garbage collector.";
    for width in [28, 40] {
        let lines = wrap(text, width);
        println!("width {} -> {} lines", width, lines.len());
        let last = lines.len() - 1;
        for (i, line) in lines.iter().enumerate() {
            let shown = if i == last { format!("{:<w$}", line, w = width) } else { justify(line, width) };
            println!("|{}|", shown);
        }
    }
    let narrow = wrap("a supercalifragilistic word", 8);
    println!("{:?}", narrow);
    let longest = narrow.iter().map(|l| l.len()).max().unwrap_or(0);
    println!("longest line: {}", longest);
    println!("{:?}", wrap("   ", 10));
}

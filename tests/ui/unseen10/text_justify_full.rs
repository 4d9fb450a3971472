// Fully justifies a paragraph to a fixed width: greedy line filling, then extra spaces spread from the left.
fn justify(words: &[&str], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        let mut len = 0;
        while j < words.len() && len + words[j].len() + (j - i) <= width {
            len += words[j].len();
            j += 1;
        }
        if j == i {
            // a word longer than the width gets a line of its own
            len = words[i].len();
            j = i + 1;
        }
        let line_words = &words[i..j];
        let gaps = line_words.len() - 1;
        let mut line = String::with_capacity(width);
        if j == words.len() || gaps == 0 {
            line.push_str(&line_words.join(" "));
            while line.len() < width {
                line.push(' ');
            }
        } else {
            let spaces = width - len;
            for (k, w) in line_words.iter().enumerate() {
                line.push_str(w);
                if k < gaps {
                    let n = spaces / gaps + if k < spaces % gaps { 1 } else { 0 };
                    line.push_str(&" ".repeat(n));
                }
            }
        }
        lines.push(line);
        i = j;
    }
    lines
}

fn main() {
    let text = "Ownership is Rust's most unique feature and has deep implications for the rest of the language. It enables memory safety guarantees without needing a garbage collector.";
    let words: Vec<&str> = text.split_whitespace().collect();
    for width in [24, 40] {
        println!("+{}+", "-".repeat(width));
        for line in justify(&words, width) {
            println!("|{}|", line);
        }
        println!("+{}+", "-".repeat(width));
    }
    let long = justify(&["supercalifragilistic", "is", "long"], 12);
    println!("{:?}", long);
}

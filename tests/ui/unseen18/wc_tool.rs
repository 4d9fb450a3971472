// A wc clone over several named inputs: lines, words, chars and bytes, the longest line, a totals row with right-aligned columns.
struct Counts {
    lines: usize,
    words: usize,
    chars: usize,
    bytes: usize,
    longest: usize,
}

fn count(text: &str) -> Counts {
    let mut c = Counts { lines: 0, words: 0, chars: 0, bytes: text.len(), longest: 0 };
    let mut in_word = false;
    let mut line_len = 0;
    for ch in text.chars() {
        c.chars += 1;
        if ch == '\n' {
            c.lines += 1;
            c.longest = c.longest.max(line_len);
            line_len = 0;
        } else {
            line_len += 1;
        }
        if ch.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            c.words += 1;
        }
    }
    c.longest = c.longest.max(line_len);
    c
}

fn main() {
    let files: Vec<(&str, String)> = vec![
        ("poem.txt", String::from("Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you.\n")),
        ("empty.txt", String::new()),
        ("unicode.txt", "añb ç\nπ≈3.14 ∑\n日本語 テキスト".to_string()),
        ("spaces.txt", "   lots    of\t\tspace   \n\n\n".to_string()),
    ];
    let mut total = Counts { lines: 0, words: 0, chars: 0, bytes: 0, longest: 0 };
    println!("{:>7} {:>7} {:>7} {:>7} {:>7}  {}", "lines", "words", "chars", "bytes", "max", "file");
    for (name, content) in &files {
        let c = count(content);
        println!("{:>7} {:>7} {:>7} {:>7} {:>7}  {}", c.lines, c.words, c.chars, c.bytes, c.longest, name);
        total.lines += c.lines;
        total.words += c.words;
        total.chars += c.chars;
        total.bytes += c.bytes;
        total.longest = total.longest.max(c.longest);
    }
    println!("{:>7} {:>7} {:>7} {:>7} {:>7}  total", total.lines, total.words, total.chars, total.bytes, total.longest);
    let check: usize = files.iter().map(|(_, s)| s.split_whitespace().count()).sum();
    println!("split_whitespace agrees: {}", check == total.words);
}

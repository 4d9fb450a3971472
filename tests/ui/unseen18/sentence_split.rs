// Sentence splitting on . ! ?, capitalising each sentence's first letter, words per sentence and an average.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '.' || c == '!' || c == '?' {
            let s = text[start..=i].trim();
            if s.len() > 1 {
                out.push(s);
            }
            start = i + 1;
        }
    }
    let tail = text[start..].trim();
    if !tail.is_empty() {
        out.push(tail);
    }
    out
}

fn capitalize_first(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut done = false;
    for c in s.chars() {
        if !done && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            done = true;
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    let text = "hello there. how are you today? i am fine!  this is   a test... \"quoted\" start. trailing words without end";
    let list = sentences(text);
    let mut total_words = 0;
    for (i, s) in list.iter().enumerate() {
        let fixed = capitalize_first(s);
        let words = s.split_whitespace().count();
        total_words += words;
        println!("{:>2}. [{:>2} words] {}", i + 1, words, fixed);
    }
    println!("average: {:.2} words per sentence", total_words as f64 / list.len() as f64);
    let questions = list.iter().filter(|s| s.ends_with('?')).count();
    let exclaims = list.iter().filter(|s| s.ends_with('!')).count();
    println!("questions={} exclamations={}", questions, exclaims);
    let rebuilt: Vec<String> = list.iter().map(|s| capitalize_first(s)).collect();
    println!("{}", rebuilt.join(" "));
}

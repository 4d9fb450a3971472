// Case conversion between snake_case, camelCase, PascalCase, kebab-case and Title Case, word splitting on boundaries.
fn split_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if c == '_' || c == '-' || c == ' ' {
            if !current.is_empty() {
                words.push(current.to_lowercase());
                current = String::new();
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower {
            words.push(current.to_lowercase());
            current.clear();
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        current.push(c);
    }
    if !current.is_empty() {
        words.push(current.to_lowercase());
    }
    words
}

fn capitalize(w: &str) -> String {
    let mut chars = w.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

fn to_snake(s: &str) -> String {
    split_words(s).join("_")
}

fn to_kebab(s: &str) -> String {
    split_words(s).join("-")
}

fn to_pascal(s: &str) -> String {
    split_words(s).iter().map(|w| capitalize(w)).collect()
}

fn to_camel(s: &str) -> String {
    let words = split_words(s);
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i == 0 {
            out.push_str(w);
        } else {
            out += &capitalize(w);
        }
    }
    out
}

fn to_title(s: &str) -> String {
    let small = ["a", "of", "the", "and", "in"];
    split_words(s)
        .iter()
        .enumerate()
        .map(|(i, w)| if i > 0 && small.contains(&w.as_str()) { w.clone() } else { capitalize(w) })
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let inputs = ["hello_world", "parseHttpResponse", "XMLHttpRequest", "user-id-2", "the lord of the rings", "  spaced   out  ", "élan_vital"];
    println!("{:<24}{:<24}{:<24}{:<24}", "input", "snake", "camel", "Pascal");
    for s in inputs.iter() {
        println!("{:<24}{:<24}{:<24}{:<24}", s, to_snake(s), to_camel(s), to_pascal(s));
    }
    for s in inputs.iter() {
        println!("{:>24} | {} | {}", s, to_kebab(s), to_title(s));
    }
    let shout = "quiet please".to_uppercase();
    let whisper = shout.to_lowercase();
    println!("{} / {} / {}", shout, whisper, "ß".to_uppercase());
}

// Python string helpers rewritten by hand: capitalize, title, snake_case, center, count, replace, split/strip/join.
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + &chars.as_str().to_lowercase(),
        None => String::new(),
    }
}

fn title(s: &str) -> String {
    s.split(' ').map(|w| capitalize(w)).collect::<Vec<String>>().join(" ")
}

fn snake_case(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c == ' ' || c == '-' {
            out.push('_');
        } else {
            out.push(c);
        }
    }
    out
}

fn center(s: &str, width: usize, fill: char) -> String {
    let len = s.chars().count();
    if len >= width {
        return s.to_string();
    }
    let left = (width - len) / 2;
    let right = width - len - left;
    let mut result = String::new();
    for _ in 0..left {
        result.push(fill);
    }
    result.push_str(s);
    result.push_str(&fill.to_string().repeat(right));
    result
}

fn count_sub(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

fn main() {
    let raw = "   hello WORLD from rust   ";
    let stripped = raw.trim();
    println!("[{}] -> [{}]", raw, stripped);
    println!("capitalize: {}", capitalize(stripped));
    println!("title: {}", title(stripped));
    println!("upper: {}, lower: {}", stripped.to_uppercase(), stripped.to_lowercase());
    println!("snake: {} {} {}", snake_case("parseHttpRequest"), snake_case("Hello World"), snake_case("kebab-case-name"));
    println!("center: |{}|{}|", center("hi", 8, '*'), center("python", 3, '-'));
    println!("count 'ss' in mississippi: {}", count_sub("mississippi", "ss"));
    println!("replace: {}", "a,b,,c".replace(",,", ",").replace(',', ";"));

    let csv = "name; age ;city ;; ";
    let fields: Vec<&str> = csv.split(';').map(|f| f.trim()).filter(|f| !f.is_empty()).collect();
    println!("fields: {:?}", fields);
    println!("joined: {}", fields.join("|"));

    let sentence = "the quick brown fox jumps over the lazy dog";
    let reversed_words: Vec<&str> = sentence.split_whitespace().rev().collect();
    println!("reversed: {}", reversed_words.join(" "));
    println!("startswith 'the': {}, endswith 'cat': {}", sentence.starts_with("the"), sentence.ends_with("cat"));
    println!("find 'fox': {:?}, find 'cow': {:?}", sentence.find("fox"), sentence.find("cow"));
    let palindrome = "Never odd or even";
    let cleaned: String = palindrome.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    let is_pal = cleaned.chars().eq(cleaned.chars().rev());
    println!("'{}' palindrome: {}", palindrome, is_pal);
    let mut acc = String::with_capacity(4);
    for w in ["a", "bb", "ccc"] {
        acc += w;
        acc.push('/');
    }
    println!("{} (len {})", acc, acc.len());
}

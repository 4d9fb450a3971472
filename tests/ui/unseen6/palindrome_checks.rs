// Palindromes and anagram-free string work: chars, filter, to_ascii_lowercase, rev, eq, char_indices.
fn normalize(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

fn is_palindrome(s: &str) -> bool {
    let chars = normalize(s);
    chars.iter().eq(chars.iter().rev())
}

fn longest_palindrome(s: &str) -> &str {
    let idx: Vec<(usize, char)> = s.char_indices().collect();
    let mut best = (0, 0);
    for i in 0..idx.len() {
        for j in i..idx.len() {
            let window = &idx[i..=j];
            let is_pal = window.iter().map(|p| p.1).eq(window.iter().rev().map(|p| p.1));
            let start = idx[i].0;
            let end = idx[j].0 + idx[j].1.len_utf8();
            if is_pal && end - start > best.1 - best.0 {
                best = (start, end);
            }
        }
    }
    &s[best.0..best.1]
}

fn first_mismatch(s: &str) -> Option<(char, char)> {
    let chars = normalize(s);
    let n = chars.len();
    (0..n / 2).map(|i| (chars[i], chars[n - 1 - i])).find(|(a, b)| a != b)
}

fn main() {
    let phrases = [
        "A man, a plan, a canal: Panama",
        "Was it a car or a cat I saw?",
        "Never odd or even",
        "Rustaceans",
        "No 'x' in Nixon",
        "été",
    ];
    for p in phrases.iter() {
        let verdict = if is_palindrome(p) { "yes" } else { "no" };
        println!("{:<32} {:>3} {:?}", p, verdict, first_mismatch(p));
    }
    for s in ["bananas", "forgeeksskeegfor", "abc", "ésé!"] {
        let lp = longest_palindrome(s);
        println!("longest in {:?}: {:?} ({} bytes, {} chars)", s, lp, lp.len(), lp.chars().count());
    }
    let mirrored: String = "stressed".chars().rev().collect();
    println!("stressed reversed is {}", mirrored);
}

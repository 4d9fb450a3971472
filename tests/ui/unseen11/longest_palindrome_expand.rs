// Finds palindromes in phrases by expanding around centres over normalised bytes.
fn normalise(s: &str) -> Vec<u8> {
    s.bytes().filter(|b| b.is_ascii_alphanumeric()).map(|b| b.to_ascii_lowercase()).collect()
}

fn is_palindrome(s: &str) -> bool {
    let b = normalise(s);
    b.iter().eq(b.iter().rev())
}

fn expand(bytes: &[u8], mut lo: isize, mut hi: usize) -> (usize, usize) {
    while lo >= 0 && hi < bytes.len() && bytes[lo as usize] == bytes[hi] {
        lo -= 1;
        hi += 1;
    }
    ((lo + 1) as usize, hi)
}

fn longest_palindrome(s: &str) -> &str {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return s;
    }
    let mut best = (0, 1);
    for i in 0..bytes.len() {
        let odd = expand(bytes, i as isize, i);
        let even = expand(bytes, i as isize, i + 1);
        for cand in [odd, even] {
            if cand.1 - cand.0 > best.1 - best.0 {
                best = cand;
            }
        }
    }
    &s[best.0..best.1]
}

fn count_palindromic_substrings(s: &str) -> usize {
    let b = s.as_bytes();
    let mut count = 0;
    for i in 0..b.len() {
        for j in i + 1..=b.len() {
            let sub = &b[i..j];
            if sub.iter().zip(sub.iter().rev()).all(|(x, y)| x == y) {
                count += 1;
            }
        }
    }
    count
}

fn main() {
    let phrases = [
        "A man, a plan, a canal: Panama",
        "Was it a car or a cat I saw?",
        "Rust is not a palindrome",
        "",
    ];
    for p in phrases.iter() {
        println!("{:<32} palindrome={}", format!("{:?}", p), is_palindrome(p));
    }
    for s in ["forgeeksskeegfor", "abacdfgdcaba", "cbbd", "x", "banana"] {
        println!("longest in {:<18} -> {:<12} ({} palindromic substrings)", s, longest_palindrome(s), count_palindromic_substrings(s));
    }
}

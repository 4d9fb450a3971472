// Palindromes: cleaning with filter/to_ascii_lowercase, chars().rev() comparison, longest palindromic substring by bytes.
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

fn is_palindrome(s: &str) -> bool {
    let c = clean(s);
    c.chars().eq(c.chars().rev())
}

fn is_palindrome_two_pointers(s: &str) -> bool {
    let chars: Vec<char> = clean(s).chars().collect();
    if chars.is_empty() {
        return true;
    }
    let (mut i, mut j) = (0, chars.len() - 1);
    while i < j {
        if chars[i] != chars[j] {
            return false;
        }
        i += 1;
        j -= 1;
    }
    true
}

fn longest_palindrome(s: &str) -> &str {
    let b = s.as_bytes();
    let n = b.len();
    let (mut best_start, mut best_len) = (0, 0);
    for center in 0..(2 * n) {
        let mut lo = center as isize / 2;
        let mut hi = lo + (center % 2) as isize;
        while lo >= 0 && (hi as usize) < n && b[lo as usize] == b[hi as usize] {
            lo -= 1;
            hi += 1;
        }
        let len = (hi - lo - 1) as usize;
        if len > best_len {
            best_len = len;
            best_start = (lo + 1) as usize;
        }
    }
    &s[best_start..best_start + best_len]
}

fn main() {
    let phrases = [
        "A man, a plan, a canal: Panama",
        "racecar",
        "hello",
        "Was it a car or a cat I saw?",
        "No 'x' in Nixon",
        "",
        "Été",
    ];
    for p in phrases.iter() {
        let a = is_palindrome(p);
        let b = is_palindrome_two_pointers(p);
        println!("{:<32} {:<5} {}", format!("{:?}", p), a, a == b);
    }
    for s in ["babad", "cbbd", "forgeeksskeegfor", "abc", "a"] {
        let l = longest_palindrome(s);
        println!("longest in {:<18} {:>2} {:?}", s, l.len(), l);
    }
    let words = "level noon stats kayak rust refer madam code";
    let pals: Vec<&str> = words.split(' ').filter(|w| is_palindrome(w)).collect();
    println!("{} palindromes: {}", pals.len(), pals.join(" "));
}

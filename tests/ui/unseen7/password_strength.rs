// Password strength rules over chars: any/all/filter counts, a score, and a Vec of failed rules.
struct Report {
    score: u32,
    failed: Vec<&'static str>,
}

fn has_run(pw: &str) -> bool {
    let bytes = pw.as_bytes();
    bytes.windows(3).any(|w| w[1] == w[0] + 1 && w[2] == w[1] + 1)
}

fn check(pw: &str, banned: &[&str]) -> Report {
    let mut failed = Vec::new();
    let len = pw.chars().count();
    if len < 8 {
        failed.push("at least 8 characters");
    }
    if !pw.chars().any(|c| c.is_uppercase()) {
        failed.push("an uppercase letter");
    }
    if !pw.chars().any(|c| c.is_lowercase()) {
        failed.push("a lowercase letter");
    }
    if !pw.chars().any(|c| c.is_ascii_digit()) {
        failed.push("a digit");
    }
    let symbols = pw.chars().filter(|c| !c.is_alphanumeric() && !c.is_whitespace()).count();
    if symbols == 0 {
        failed.push("a symbol");
    }
    if pw.chars().any(char::is_whitespace) {
        failed.push("no spaces");
    }
    let lower = pw.to_lowercase();
    if banned.iter().any(|b| lower.contains(b)) {
        failed.push("no common words");
    }
    if has_run(pw) {
        failed.push("no runs like abc or 123");
    }
    let distinct = {
        let mut cs: Vec<char> = pw.chars().collect();
        cs.sort();
        cs.dedup();
        cs.len()
    };
    let score = (len as u32 * 4 + symbols as u32 * 6 + distinct as u32 * 2).saturating_sub(failed.len() as u32 * 15);
    Report { score, failed }
}

fn main() {
    let banned = ["password", "qwerty", "admin"];
    let tries = ["abc", "Password1!", "correct horse", "Tr0ub4dor&3", "xyZ789#lmn", "ÉtéÇa9!zz", "MyAdmin#2024"];
    for pw in tries {
        let r = check(pw, &banned);
        let verdict = match r.score {
            0..=20 => "weak",
            21..=50 => "fair",
            _ => "strong",
        };
        println!("{:<16} score {:>3} {:<6} missing: {}", format!("{:?}", pw), r.score, verdict,
            if r.failed.is_empty() { "-".to_string() } else { r.failed.join("; ") });
    }
}

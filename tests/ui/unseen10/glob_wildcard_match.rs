// Matches file names against glob patterns with `*` and `?` using a DP table over chars.
fn glob(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let s: Vec<char> = name.chars().collect();
    let mut dp = vec![vec![false; s.len() + 1]; p.len() + 1];
    dp[0][0] = true;
    for i in 1..=p.len() {
        if p[i - 1] == '*' {
            dp[i][0] = dp[i - 1][0];
        }
    }
    for i in 1..=p.len() {
        for j in 1..=s.len() {
            dp[i][j] = match p[i - 1] {
                '*' => dp[i - 1][j] || dp[i][j - 1],
                '?' => dp[i - 1][j - 1],
                c => dp[i - 1][j - 1] && c == s[j - 1],
            };
        }
    }
    dp[p.len()][s.len()]
}

fn main() {
    let files = ["main.rs", "lib.rs", "README.md", "notes.txt", "mod.rs.bak", "été.rs", "a.r"];
    let patterns = ["*.rs", "?ain.*", "*.*.*", "????.rs", "*", "*e*"];
    for pat in patterns.iter() {
        let hits: Vec<&str> = files.iter().copied().filter(|f| glob(pat, f)).collect();
        println!("{:<8} -> {:?}", pat, hits);
    }
    let count = files.iter().filter(|f| !patterns.iter().any(|p| glob(p, f) && *p != "*")).count();
    println!("only matched by *: {}", count);
}

// Run-length counting: last_mut() is matched, and the else branch pushes to the same Vec.
fn main() {
    let text = "aaabccddddde";
    let mut runs: Vec<(char, u32)> = Vec::new();
    for c in text.chars() {
        if let Some(last) = runs.last_mut().filter(|l| l.0 == c) {
            last.1 += 1;
        } else {
            runs.push((c, 1));
        }
    }
    let encoded: String = runs.iter().map(|(c, n)| format!("{}{}", n, c)).collect();
    println!("{}", encoded);
}

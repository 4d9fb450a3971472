// In each iteration a slice of the output String is inspected, then the String grows; the slice never crosses the push.
fn main() {
    let mut out = String::new();
    for w in ["alpha", "beta", "gamma"] {
        let last_char = out.chars().last();
        let tail = &out[out.len().saturating_sub(3)..];
        if !tail.is_empty() && last_char != Some(' ') {
            out.push(' ');
        }
        out.push_str(w);
    }
    println!("{}", out);
}

// Only the first parameter's lifetime is tied to the result; the second may die early.
fn prefix_of<'a>(s: &'a str, pat: &str) -> &'a str {
    match s.find(pat) {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let line = String::from("key=value");
    let p;
    {
        let sep = String::from("=");
        p = prefix_of(&line, &sep);
    }
    println!("{}", p);
}

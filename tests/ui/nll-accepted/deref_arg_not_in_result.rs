// A `&String` argument deref-coerced to `&str` for a parameter the result does not borrow from.
fn prefix_of<'a>(s: &'a str, pat: &str) -> &'a str {
    match s.find(pat) {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let line = "key=value";
    let owned = String::from("a-b");
    let p;
    let q;
    {
        let sep = String::from("=");
        p = prefix_of(line, &sep);
        let dash = String::from("-");
        q = prefix_of(&owned, dash.as_str());
    }
    println!("{} {}", p, q);
}

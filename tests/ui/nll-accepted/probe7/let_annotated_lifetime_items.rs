// A variable written `Option<&'a str>` holding items of the `&'a str` parameter, and a `'static` literal.
fn longest<'a>(text: &'a str) -> &'a str {
    let mut best: Option<&'a str> = None;
    for w in text.split(' ') {
        if best.map_or(true, |b| w.len() > b.len()) {
            best = Some(w);
        }
    }
    let fallback: &'a str = "none";
    best.unwrap_or(fallback)
}
fn main() {
    let s = String::from("ab cde f");
    println!("{} {}", longest(&s), longest(""));
}

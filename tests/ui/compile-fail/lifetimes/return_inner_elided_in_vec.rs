//@ compile-fail
// One branch returns a string from `&Vec<&str>` whose lifetime was never tied to `'a`.
fn pick<'a>(words: &Vec<&str>, fallback: &'a str) -> &'a str {
    if words.is_empty() {
        fallback
    } else {
        words[0] //~ ERROR E0621
    }
}

fn main() {
    let v = vec!["x"];
    println!("{}", pick(&v, "y"));
}

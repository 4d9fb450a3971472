//@ compile-fail
// Pushing an element of `&[&str]` into a `Vec<&'a str>` needs the element's lifetime to be `'a`.
fn push_first<'a>(out: &mut Vec<&'a str>, words: &[&str]) {
    out.push(words[0]); //~ ERROR E0621
}

fn main() {
    let mut out = Vec::new();
    let words = vec!["x"];
    push_first(&mut out, &words);
    println!("{:?}", out);
}

//@ compile-fail
// An element of `&[&'b str]` lives for `'b`, which nothing says outlives the vector's `'a`.
fn push_first<'a, 'b>(out: &mut Vec<&'a str>, words: &[&'b str]) {
    out.push(words[0]); //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut out = Vec::new();
    let words = vec!["x"];
    push_first(&mut out, &words);
    println!("{:?}", out);
}

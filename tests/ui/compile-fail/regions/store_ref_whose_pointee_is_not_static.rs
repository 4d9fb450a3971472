//@ compile-fail
// Behind `&'a Vec<&'static str>` the stored reference's own pointee must hold `'static` items: `&'a Vec<&'a str>` does not.
fn keep<'a>(list: &'a Vec<&'a str>, out: &mut Vec<&'a Vec<&'static str>>) {
    out.push(list); //~ ERROR E0521
}

fn main() {
    let words = vec!["a", "b"];
    let mut out = Vec::new();
    keep(&words, &mut out);
    println!("{}", out.len());
}

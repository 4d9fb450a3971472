//@ compile-fail
// A map closure's result may be a borrow it captured: collecting it returns a borrow of a local.
fn shortened<'a>(word: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .iter()
        .filter(|c| c.len() > 1)
        .map(|c| if c.len() > 3 { &lower[..] } else { *c }) //~ ERROR E0373
        .collect()
}

fn main() {
    println!("{:?}", shortened("Hi", &["ab", "abcd"]));
}

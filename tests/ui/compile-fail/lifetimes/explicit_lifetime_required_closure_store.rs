//@ compile-fail
// Storing a parameter without lifetime into a Vec of `&'a str` passed alongside it.
fn remember<'a>(seen: &mut Vec<&'a str>, word: &str) -> usize {
    if !seen.contains(&word) {
        seen.push(word); //~ ERROR E0621
    }
    seen.len()
}

fn main() {
    let mut seen = Vec::new();
    println!("{}", remember(&mut seen, "a"));
}

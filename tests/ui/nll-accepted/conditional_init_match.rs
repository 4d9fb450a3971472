// Deferred initialisation in every arm of a match.
fn main() {
    let code = 2;
    let name: &str;
    match code {
        1 => name = "one",
        2 => name = "two",
        _ => name = "many",
    }
    println!("{}", name);
    let doubled;
    match name.len() {
        3 => doubled = 6,
        n => doubled = n * 2,
    }
    println!("{}", doubled);
}

//@ compile-fail
// `best` is written `Option<&'a str>`: `'a` outlives the function, so a local's borrow cannot be stored there.
fn longest_upper<'a>(text: &'a str) -> usize {
    let owned = text.to_uppercase();
    let mut best: Option<&'a str> = None;
    best = Some(&owned); //~ ERROR E0597
    best.map_or(0, |b| b.len())
}
fn main() {
    println!("{}", longest_upper("ab"));
}

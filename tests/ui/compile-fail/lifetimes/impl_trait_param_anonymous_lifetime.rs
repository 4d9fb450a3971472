//@ compile-fail
// An `impl Trait` parameter may not leave a reference's lifetime anonymous.
fn count_long(words: impl Iterator<Item = &str>) -> usize { //~ ERROR E0658
    words.filter(|w| w.len() > 3).count()
}

fn main() {
    let text = String::from("the quick brown fox");
    println!("{}", count_long(text.split(' ')));
}

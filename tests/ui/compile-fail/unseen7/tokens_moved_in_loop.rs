//@ compile-fail
// A Vec of tokens handed by value to a function inside a loop: moved in the first iteration.
fn count_keywords(tokens: Vec<String>, line: &str) -> usize {
    tokens.iter().filter(|t| line.contains(t.as_str())).count()
}

fn main() {
    let keywords = vec![String::from("fn"), String::from("let"), String::from("mut")];
    let source = ["fn main() {", "let mut x = 1;", "x += 1;"];
    let mut total = 0;
    for line in source {
        total += count_keywords(keywords, line); //~ ERROR E0382
    }
    println!("{} keywords", total);
}

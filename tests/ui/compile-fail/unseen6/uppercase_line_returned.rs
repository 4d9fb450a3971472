//@ compile-fail
// Returning a slice of a String created inside the function.
fn loudest_line(text: &str) -> &str {
    let upper = text.to_uppercase();
    upper.lines().max_by_key(|l| l.len()).unwrap_or("") //~ ERROR E0515
}

fn main() {
    println!("{}", loudest_line("hello\nworld!"));
}

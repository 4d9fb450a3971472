//@ compile-fail
// a function argument is no extending place: the String under `&temp()[..]` passed to a call dies with the statement
fn first_half(s: &str) -> &str {
    &s[..s.len() / 2]
}

fn main() {
    let half = first_half(&String::from("abcdef")[..]); //~ ERROR E0716
    println!("{half}");
}

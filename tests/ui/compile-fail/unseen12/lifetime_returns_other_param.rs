//@ compile-fail
// A function ties its result to `x` but returns `y` on one path.
fn first_word<'a>(x: &'a str, y: &str) -> &'a str {
    if x.is_empty() {
        y //~ ERROR E0621
    } else {
        x.split(' ').next().unwrap()
    }
}

fn main() {
    println!("{}", first_word("", "fallback"));
}

//@ compile-fail
// Returning a reference with the lifetime of the other parameter.
fn pick<'a, 'b>(first: &'a str, second: &'b str) -> &'a str {
    if first.is_empty() {
        second //~ ERROR lifetime may not live long enough
    } else {
        first
    }
}

fn main() {
    println!("{}", pick("", "fallback"));
}

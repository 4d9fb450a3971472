//@ compile-fail
// The signature promises a result tied to the first argument but the body returns the second one.
fn prefer_first<'a, 'b>(first: &'a str, second: &'b str) -> &'a str {
    if first.is_empty() {
        second //~ ERROR lifetime may not live long enough
    } else {
        first
    }
}

fn main() {
    let a = String::from("");
    let b = String::from("fallback");
    println!("{}", prefer_first(&a, &b));
}

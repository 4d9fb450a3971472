//@ compile-fail
// Returning the `&'b str` item of a by-value `(&'a str, &'b str)` where `&'a str` is promised.
fn second<'a, 'b>(pair: (&'a str, &'b str)) -> &'a str {
    pair.1 //~ ERROR lifetime may not live long enough
}

fn main() {
    println!("{}", second(("a", "b")));
}

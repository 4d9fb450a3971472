//@ compile-fail
// Two distinct lifetimes: returning the one not named in the return type.
fn choose<'a, 'b>(a: &'a str, b: &'b str) -> &'a str {
    if a.is_empty() { b } else { a } //~ ERROR lifetime may not live long enough
}

fn main() {
    println!("{}", choose("", "b"));
}

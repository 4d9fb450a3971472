//@ compile-fail
// Two independent lifetimes 'a and 'b; the 'b argument is returned as &'a str.
fn longest<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    if x.len() > y.len() {
        x
    } else {
        y //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    println!("{}", longest("apple", "watermelon"));
}

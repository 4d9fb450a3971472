//@ compile-fail
// Returning the parameter with lifetime 'b where 'a is promised.
fn pick<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    if x.len() > 10 { x } else { y } //~ ERROR lifetime may not live long enough
}

fn main() {
    println!("{}", pick("hello", "world"));
}

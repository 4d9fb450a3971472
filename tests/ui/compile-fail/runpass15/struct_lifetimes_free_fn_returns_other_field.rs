//@ compile-fail
// a function returning the `'b` field of its `&Pick<'a, 'b>` as `&'a str` is refused
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
fn long_of<'a, 'b>(p: &Pick<'a, 'b>) -> &'a str {
    if p.long.is_empty() { p.short } else { p.long } //~ ERROR lifetime may not live long enough
}
fn main() {
    let outer = String::from("a long sentence");
    let inner = String::from("tiny");
    let p = Pick { long: &outer, short: &inner };
    println!("{}", long_of(&p));
}

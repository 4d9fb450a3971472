//@ compile-fail
// Through a `&'b Vec<&'a str>` coerced to a slice, `first` still returns the list's `'b`, not the items' `'a`.
fn first<'a>(xs: &'a [&str]) -> &'a str {
    xs[0]
}

fn pick<'a, 'b>(xs: &'b Vec<&'a str>) -> &'a str {
    let s: &[&str] = xs;
    first(s) //~ ERROR lifetime may not live long enough
}

fn main() {
    let v = vec!["x"];
    println!("{}", pick(&v));
}

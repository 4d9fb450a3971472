//@ compile-fail
// `first(xs)` returns a borrow of the list (`'b`) where the signature promises the items' `'a`.
fn first<'a>(xs: &'a [&str]) -> &'a str {
    xs[0]
}

fn pick<'a, 'b>(xs: &'b [&'a str]) -> &'a str {
    first(xs) //~ ERROR lifetime may not live long enough
}

fn main() {
    let v = vec!["x"];
    println!("{}", pick(&v));
}

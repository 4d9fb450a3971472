// `impl Trait + 'static` may return a `&'static str`; `+ 'a` and `+ '_` may return the parameter itself.
use std::fmt::Display;
fn fixed(s: &'static str) -> impl Display + 'static {
    s
}
fn named<'a>(s: &'a str) -> impl Display + 'a {
    s
}
fn elided(s: &str) -> impl Display + '_ {
    s
}
fn boxed<'a>(s: &'a str) -> Box<dyn Display + 'a> {
    Box::new(s)
}
fn main() {
    let owned = String::from("owned");
    println!("{} {} {} {}", fixed("f"), named(&owned), elided(&owned), boxed(&owned));
}

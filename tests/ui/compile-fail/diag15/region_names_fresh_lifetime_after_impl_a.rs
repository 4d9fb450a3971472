// In `impl<'a>`, the named lifetime rustc introduces for two elided ones is `'b`.
//@ compile-fail
struct View<'a> { text: &'a str }
impl<'a> View<'a> {
    fn longest(&self, other: &str) -> &str {
        if other.len() > 3 { other } else { self.text } //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let v = View { text: "abc" };
    println!("{}", v.longest("defg"));
}

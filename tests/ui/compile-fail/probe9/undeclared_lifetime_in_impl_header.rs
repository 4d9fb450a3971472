//@ compile-fail
// `impl View<'a>` uses `'a` without `impl<'a>`: the impl has no lifetime parameter to name.
struct View<'a> {
    text: &'a str,
}
impl View<'a> { //~ ERROR E0261
    fn get(&self) -> &str {
        self.text
    }
}
fn main() {
    let v = View { text: "hi" };
    println!("{}", v.get());
}

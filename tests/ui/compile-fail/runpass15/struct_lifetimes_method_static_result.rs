//@ compile-fail
// a method returning a field as `&'static str` needs the field's lifetime to be `'static`
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
impl<'a, 'b> Pick<'a, 'b> {
    fn forever(&self) -> &'static str {
        self.long //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let outer = String::from("a long sentence");
    let p = Pick { long: &outer, short: "x" };
    println!("{} {}", p.forever(), p.short);
}

//@ compile-fail
// a method returning a field of another lifetime than the one its signature names is refused
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
impl<'a, 'b> Pick<'a, 'b> {
    fn long(&self) -> &'a str {
        self.short //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let outer = String::from("a long sentence");
    let inner = String::from("tiny");
    let p = Pick { long: &outer, short: &inner };
    println!("{}", p.long());
}

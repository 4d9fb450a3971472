//@ compile-fail
// the `'b` field of a `Pick<'a, 'b>` returned by a method keeps the `'b` borrow
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
impl<'a, 'b> Pick<'a, 'b> {
    fn short(&self) -> &'b str {
        self.short
    }
}
fn main() {
    let outer = String::from("a long sentence");
    let kept;
    {
        let inner = String::from("tiny");
        let p = Pick { long: &outer, short: &inner }; //~ ERROR E0597
        kept = p.short();
    }
    println!("{}", kept);
}

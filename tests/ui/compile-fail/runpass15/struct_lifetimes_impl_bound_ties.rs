//@ compile-fail
// an impl bounding `'b: 'a` ties the `'b` borrow to a result naming `'a`
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
impl<'a, 'b: 'a> Pick<'a, 'b> {
    fn long(&self) -> &'a str {
        self.long
    }
}
fn main() {
    let outer = String::from("a long sentence");
    let kept;
    {
        let inner = String::from("tiny");
        let p = Pick { long: &outer, short: &inner }; //~ ERROR E0597
        kept = p.long();
        println!("{}", p.short);
    }
    println!("{}", kept);
}

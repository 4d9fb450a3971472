//@ compile-fail
// a field `&'a &'b str` implies `'b: 'a`: a result naming `'a` keeps the `'b` borrow
struct Nested<'a, 'b> {
    outer: &'a &'b str,
    other: &'b str,
}
impl<'a, 'b> Nested<'a, 'b> {
    fn first(&self) -> &'a str {
        self.outer
    }
}
fn main() {
    let text = String::from("text");
    let word: &str = &text;
    let kept;
    {
        let inner = String::from("inner");
        let n = Nested { outer: &word, other: &inner }; //~ ERROR E0597
        kept = n.first();
    }
    println!("{}", kept);
}

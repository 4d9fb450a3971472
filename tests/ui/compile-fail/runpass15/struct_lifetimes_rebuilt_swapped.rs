//@ compile-fail
// a struct rebuilt with its fields swapped gives its `'a` lifetime the other borrow
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
impl<'a, 'b> Pick<'a, 'b> {
    fn long(&self) -> &'a str {
        self.long
    }
}
fn main() {
    let outer = String::from("a long sentence");
    let kept;
    {
        let inner = String::from("tiny");
        let mut p = Pick { long: &outer, short: &inner };
        println!("{}", p.short);
        p = Pick { long: &inner, short: &outer }; //~ ERROR E0597
        kept = p.long();
    }
    println!("{}", kept);
}

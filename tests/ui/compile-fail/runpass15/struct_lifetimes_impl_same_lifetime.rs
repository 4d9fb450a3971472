//@ compile-fail
// `impl<'a> Pick<'a, 'a>` names both lifetimes of the struct: a result naming `'a` keeps both borrows
struct Pick<'a, 'b> {
    long: &'a str,
    short: &'b str,
}
impl<'a> Pick<'a, 'a> {
    fn either(&self, first: bool) -> &'a str {
        if first { self.long } else { self.short }
    }
}
fn main() {
    let outer = String::from("a long sentence");
    let kept;
    {
        let inner = String::from("tiny");
        let p = Pick { long: &outer, short: &inner }; //~ ERROR E0597
        kept = p.either(true);
    }
    println!("{}", kept);
}

//@ compile-fail
// `o = None` drops the old `D` first; if that drop unwinds, `s` is dropped while `o` still holds `&s`.
struct D<'a>(&'a String);
impl<'a> Drop for D<'a> {
    fn drop(&mut self) {}
}
fn main() {
    let mut o: Option<D> = None;
    {
        let s = String::from("a");
        o = Some(D(&s)); //~ ERROR E0597
        o = None;
    }
    println!("{}", o.is_none());
}

//@ compile-fail
// Moving the value out first does not help: rustc still sees `o` holding `&s` when it is overwritten.
struct D<'a>(&'a String);
impl<'a> Drop for D<'a> {
    fn drop(&mut self) {}
}
fn main() {
    let mut o: Option<D> = None;
    {
        let s = String::from("a");
        o = Some(D(&s)); //~ ERROR E0597
        drop(o);
        o = None;
    }
    println!("{}", o.is_none());
}

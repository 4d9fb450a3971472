//@ compile-fail
// `Box<dyn T + 'static>` written in the return type: a borrowed parameter cannot be returned in it.
trait T {
    fn f(&self) -> usize;
}
impl T for &str {
    fn f(&self) -> usize { self.len() }
}
fn wrap<'a>(s: &'a str) -> Box<dyn T + 'static> {
    Box::new(s) //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", wrap("x").f());
}

// An impl method with a second late-bound lifetime where the trait has one: rustc accepts it (no E0195).
trait Pick { fn pick<'a>(&self, a: &'a str, b: &'a str) -> &'a str; }
struct S;
impl Pick for S {
    fn pick<'a, 'b>(&self, a: &'a str, b: &'b str) -> &'a str { a }
}
fn main() { println!("{}", S.pick("a", "b")); }

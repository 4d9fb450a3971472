// An impl method may be more general than the trait's (a looser lifetime and a weaker bound are fine).
trait Pick { fn pick<'a>(&self, a: &'a str, b: &'a str) -> &'a str; }
trait Show { fn show<T: Copy>(&self, t: T) -> u32; }
struct S;
impl Pick for S { fn pick<'a>(&self, a: &'a str, _b: &str) -> &'a str { a } }
impl Show for S { fn show<T>(&self, _t: T) -> u32 { 1 } }
fn main() { println!("{} {}", S.pick("a", "b"), S.show(2)); }

// A Box<dyn Show> field in a struct with 'a given an owned value, beside a borrowed field: no 'static requirement on 'a.
trait Show { fn show(&self) -> String; }
struct Wrap<'a>(&'a str);
impl<'a> Show for Wrap<'a> { fn show(&self) -> String { self.0.to_string() } }
struct Num(u32);
impl Show for Num { fn show(&self) -> String { self.0.to_string() } }
struct Holder<'a> { name: &'a str, item: Box<dyn Show> }
fn make<'a>(name: &'a str) -> Holder<'a> {
    Holder { name, item: Box::new(Num(name.len() as u32)) }
}
fn local() -> usize {
    let s = String::from("y");
    let h = Holder { name: &s, item: Box::new(Num(1)) };
    h.name.len()
}
fn main() {
    let h = make("x");
    println!("{} {} {}", h.name, h.item.show(), local());
}

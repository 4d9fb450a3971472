// Box<dyn Trait + 'a> in a struct and in a return type may borrow.
trait Show { fn show(&self) -> String; }
struct Wrap<'a>(&'a str);
impl<'a> Show for Wrap<'a> { fn show(&self) -> String { self.0.to_string() } }
struct Holder<'a> { name: &'a str, item: Box<dyn Show + 'a> }
fn make<'a>(name: &'a str) -> Holder<'a> {
    Holder { name, item: Box::new(Wrap(name)) }
}
fn counter(s: &str) -> Box<dyn Fn() -> usize + '_> {
    Box::new(move || s.len())
}
fn main() {
    let owned = String::from("abc");
    let h = make(&owned);
    let c = counter(&owned);
    println!("{} {} {}", h.name, h.item.show(), c());
}

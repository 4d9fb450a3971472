//@ compile-fail
// Box<dyn Trait> in a struct with 'a still defaults to 'static (lifetime error).
trait Show { fn show(&self) -> String; }
struct Wrap<'a>(&'a str);
impl<'a> Show for Wrap<'a> { fn show(&self) -> String { self.0.to_string() } }
struct Holder<'a> { name: &'a str, item: Box<dyn Show> }
fn make<'a>(name: &'a str) -> Holder<'a> {
    Holder { name, item: Box::new(Wrap(name)) } //~ ERROR lifetime may not live long enough
}
fn main() {
    let h = make("x");
    println!("{} {}", h.name, h.item.show());
}

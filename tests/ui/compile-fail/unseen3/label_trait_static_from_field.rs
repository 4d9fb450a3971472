//@ compile-fail
// A trait promises a `&'static str`; the impl hands out its own field.
trait Labeled {
    fn label(&self) -> &'static str;
}

struct Tag {
    name: String,
}

impl Labeled for Tag {
    fn label(&self) -> &'static str {
        &self.name //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let t = Tag { name: String::from("urgent") };
    println!("{}", t.label());
}

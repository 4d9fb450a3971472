//@ compile-fail
// Returning a borrow of an owned field as if it lived for the struct's lifetime parameter.
struct Holder<'a> {
    name: String,
    tag: &'a str,
}

impl<'a> Holder<'a> {
    fn name(&self) -> &'a str {
        &self.name //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let h = Holder { name: "n".into(), tag: "t" };
    println!("{} {}", h.name(), h.tag);
}

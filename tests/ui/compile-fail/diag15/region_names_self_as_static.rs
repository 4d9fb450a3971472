// Data of `&self` returned as `&'static str`: `'1` must outlive `'static`.
//@ compile-fail
struct Tag { name: String }
impl Tag {
    fn name(&self) -> &'static str {
        self.name.as_str() //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let t = Tag { name: String::from("x") };
    println!("{}", t.name());
}

//@ compile-fail
// Storing `&self.name` into a `&mut Vec<&'a str>` parameter with an unrelated lifetime.
struct P { name: String }
impl P {
    fn register<'a>(&self, out: &mut Vec<&'a str>) {
        out.push(&self.name); //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let p = P { name: "a".into() };
    let mut v = Vec::new();
    p.register(&mut v);
    println!("{:?}", v);
}

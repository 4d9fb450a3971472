//@ compile-fail
// A method returning `impl Iterator<Item = &'a String>` from `&self` with an unrelated `'a`.
struct Bag {
    items: Vec<String>,
}
impl Bag {
    fn all<'a>(&self) -> impl Iterator<Item = &'a String> {
        self.items.iter() //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let b = Bag { items: vec![String::from("x")] };
    for s in b.all() {
        println!("{s}");
    }
}

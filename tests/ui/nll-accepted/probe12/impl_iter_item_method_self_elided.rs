// A method returning `impl Iterator<Item = &String>` from `&self` (elided lifetime).
struct Bag {
    items: Vec<String>,
}
impl Bag {
    fn all(&self) -> impl Iterator<Item = &String> {
        self.items.iter()
    }
}
fn main() {
    let b = Bag { items: vec![String::from("x"), String::from("y")] };
    for s in b.all() {
        println!("{s}");
    }
}

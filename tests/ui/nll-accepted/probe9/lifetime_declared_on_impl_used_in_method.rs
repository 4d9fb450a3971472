// A method may name its impl's lifetime `'a` and declare its own `'b`.
struct View<'a> {
    text: &'a str,
}
impl<'a> View<'a> {
    fn get(&self) -> &'a str {
        self.text
    }
    fn pick<'b>(&self, other: &'b str) -> &'b str {
        if other.is_empty() { "" } else { other }
    }
}
fn main() {
    let s = String::from("hello");
    let v = View { text: &s };
    let t = String::from("x");
    println!("{} {}", v.get(), v.pick(&t));
}

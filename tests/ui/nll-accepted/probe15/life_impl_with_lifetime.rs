// impl headers and methods with their lifetimes declared.
struct W<'a> { s: &'a str }
impl<'a> W<'a> {
    fn get(&self) -> &'a str { self.s }
    fn pick<'b>(&self, other: &'b str) -> &'b str { other }
}
fn main() {
    let g;
    {
        let w = W { s: "static" };
        g = w.get();
        println!("{}", w.pick("o"));
    }
    println!("{}", g);
}

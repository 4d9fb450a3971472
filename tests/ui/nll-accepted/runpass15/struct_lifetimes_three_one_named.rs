// three lifetimes: a method naming one of them keeps its borrow and frees the two others
struct Three<'x, 'y, 'z> {
    a: &'x String,
    b: &'y String,
    c: &'z String,
}
impl<'x, 'y, 'z> Three<'x, 'y, 'z> {
    fn ends(&self) -> (&'z str, &'z str) {
        (self.c, &self.c[1..])
    }
}
fn main() {
    let last = String::from("last");
    let ends;
    {
        let first = String::from("first");
        let middle = String::from("middle");
        let t = Three { a: &first, b: &middle, c: &last };
        ends = t.ends();
        println!("{} {}", t.a, t.b);
    }
    println!("{} {}", ends.0, ends.1);
}

//@ compile-fail
// A method storing its argument through a struct's `&'a mut Vec<&'b str>` field: the borrow ends up in `out`.
struct W<'a, 'b> {
    v: &'a mut Vec<&'b str>,
}
impl<'a, 'b> W<'a, 'b> {
    fn add(&mut self, s: &'b str) {
        self.v.push(s);
    }
}
fn main() {
    let text = String::from("a b");
    let mut out: Vec<&str> = Vec::new();
    let mut w = W { v: &mut out };
    w.add(text.as_str());
    drop(text); //~ ERROR E0505
    println!("{:?}", out);
}

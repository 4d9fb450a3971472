//@ compile-fail
// Matching on `&self` and binding a String field by value through `*self`.
enum Msg { Text(String), Quit }
impl Msg {
    fn text(&self) -> String {
        match *self { //~ ERROR E0507
            Msg::Text(s) => s,
            Msg::Quit => String::new(),
        }
    }
}
fn main() {
    println!("{}", Msg::Text("a".into()).text());
    let _ = Msg::Quit;
}

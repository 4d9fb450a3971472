//@ compile-fail
// A struct holding a &str borrows the String: dropping the String while the view is used fails.
struct View<'a> {
    text: &'a str,
}

impl<'a> View<'a> {
    fn show(&self) {
        println!("[{}]", self.text);
    }
}

fn main() {
    let s = String::from("draft text");
    let v = View { text: &s };
    drop(s); //~ ERROR E0505
    v.show();
}

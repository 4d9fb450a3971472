//@ compile-fail
// Drop check: a Drop type holding a reference must not outlive what it references.
struct Printer<'a> {
    text: &'a String,
}

impl Drop for Printer<'_> {
    fn drop(&mut self) {
        println!("dropping {}", self.text);
    }
}

fn main() {
    let p;
    let s = String::from("hello");
    p = Printer { text: &s }; //~ ERROR E0597
}

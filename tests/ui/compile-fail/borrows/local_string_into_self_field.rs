//@ compile-fail
// A method storing a borrow of its own local String in self.
struct Cache<'a> {
    last: &'a str,
}

impl<'a> Cache<'a> {
    fn refresh(&mut self) {
        let s = String::from("new");
        self.last = &s; //~ ERROR E0597
    }
}

fn main() {
    let mut c = Cache { last: "" };
    c.refresh();
    println!("{}", c.last);
}

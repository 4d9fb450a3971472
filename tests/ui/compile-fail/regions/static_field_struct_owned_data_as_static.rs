//@ compile-fail
// A struct without lifetimes owns its Strings: a borrow of them is the method's `&self`, never `'static`.
struct Names {
    list: Vec<String>,
    tags: Vec<&'static str>,
}

impl Names {
    fn first(&self) -> &'static str {
        if self.tags.is_empty() {
            return &self.list[0]; //~ ERROR lifetime may not live long enough
        }
        self.tags[0]
    }
}

fn main() {
    let n = Names { list: vec![String::from("a")], tags: vec![] };
    println!("{}", n.first());
}

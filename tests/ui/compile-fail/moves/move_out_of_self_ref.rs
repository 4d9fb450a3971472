//@ compile-fail
// A `&self` method cannot hand out its String field by value.
struct Wrapper {
    value: String,
}

impl Wrapper {
    fn take(&self) -> String {
        self.value //~ ERROR E0507
    }
}

fn main() {
    let w = Wrapper { value: String::from("v") };
    println!("{}", w.take());
}

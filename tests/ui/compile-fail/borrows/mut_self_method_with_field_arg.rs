//@ compile-fail
// Passing a field by reference to a `&mut self` method.
struct Buf {
    data: Vec<u8>,
    name: String,
}

impl Buf {
    fn rename(&mut self, n: &str) {
        self.name = n.to_string();
    }
}

fn main() {
    let mut b = Buf { data: vec![], name: String::from("a") };
    b.rename(&b.name); //~ ERROR E0502
    println!("{} {}", b.name, b.data.len());
}

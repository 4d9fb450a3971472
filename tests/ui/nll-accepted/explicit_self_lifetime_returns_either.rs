// `&'a self` and `other: &'a Self`: either may be returned as `&'a Self`.
struct Labeled {
    label: String,
    value: i32,
}

impl Labeled {
    fn bigger<'a>(&'a self, other: &'a Labeled) -> &'a Labeled {
        if other.value > self.value { other } else { self }
    }
    fn label_or<'a>(&'a mut self, fallback: &'a str) -> &'a str {
        self.value += 1;
        if self.label.is_empty() { fallback } else { &self.label }
    }
}

fn main() {
    let mut a = Labeled { label: String::from("a"), value: 3 };
    let b = Labeled { label: String::new(), value: 5 };
    println!("{}", a.bigger(&b).value);
    println!("{}", a.label_or("none"));
}

// Unit structs have no fields and occupy zero bytes.
#[derive(Debug, PartialEq, Clone, Copy, Default)]
struct AlwaysEqual;

impl AlwaysEqual {
    fn describe(&self) -> &'static str {
        "a unit struct"
    }
}

fn main() {
    let subject = AlwaysEqual;
    println!("{:?} {}", subject, subject.describe());
    println!("{}", subject == AlwaysEqual);
    println!("{}", std::mem::size_of::<AlwaysEqual>());
    let v = vec![AlwaysEqual; 1000];
    println!("{} {}", v.len(), v.capacity());
}

//@ compile-fail
// Matching on `self.shape` through `&self` tries to move the String out of the variant.
enum Shape {
    Named(String),
    Anon,
}

struct Holder {
    shape: Shape,
}

impl Holder {
    fn label(&self) -> String {
        match self.shape { //~ ERROR E0507
            Shape::Named(n) => n,
            Shape::Anon => String::new(),
        }
    }
}

fn main() {
    let h = Holder { shape: Shape::Named("x".to_string()) };
    println!("{}", h.label());
    let _ = Holder { shape: Shape::Anon };
}

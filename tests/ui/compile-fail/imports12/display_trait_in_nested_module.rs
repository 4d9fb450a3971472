//@ compile-fail
// A trait used in a nested module: the `use` goes at that module's first item, indented.
mod shapes {
    pub struct Square(pub u32);

    impl Display for Square { //~ ERROR E0405
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "carré de {}", self.0)
        }
    }
}

fn main() {
    println!("{}", shapes::Square(2));
}

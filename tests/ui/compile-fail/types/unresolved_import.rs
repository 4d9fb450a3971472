//@ compile-fail
mod shapes {
    pub struct Circle;
}
use shapes::Square; //~ ERROR E0432

fn main() {
    let _c = shapes::Circle;
}

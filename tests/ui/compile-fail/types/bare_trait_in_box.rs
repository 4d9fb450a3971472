//@ compile-fail
// A trait written as a type inside Box without `dyn`.
trait Draw {
    fn draw(&self) -> String;
}

fn all(items: Vec<Box<Draw>>) -> usize { //~ ERROR E0782
    items.len()
}

fn main() {
    println!("{}", all(Vec::new()));
}

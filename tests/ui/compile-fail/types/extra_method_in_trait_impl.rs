//@ compile-fail
// A trait impl defining a method the trait does not declare.
trait Area {
    fn area(&self) -> u32;
}

struct Rect(u32, u32);

impl Area for Rect {
    fn area(&self) -> u32 {
        self.0 * self.1
    }
    fn perimeter(&self) -> u32 { //~ ERROR E0407
        2 * (self.0 + self.1)
    }
}

fn main() {
    println!("{}", Rect(2, 3).area());
}

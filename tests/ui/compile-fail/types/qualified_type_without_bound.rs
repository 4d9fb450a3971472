//@ compile-fail
// A qualified type `<T as Trait>::Name` in a signature needs the bound `T: Trait` (E0277 without it).
trait Animal {
    type Food;
    fn food(&self) -> Self::Food;
}

struct Cat;

impl Animal for Cat {
    type Food = String;
    fn food(&self) -> String {
        String::from("fish")
    }
}

fn meal<T>(a: &T) -> <T as Animal>::Food { //~ ERROR E0277
    a.food() //~ ERROR E0599
}

fn main() {
    println!("{}", meal(&Cat));
}

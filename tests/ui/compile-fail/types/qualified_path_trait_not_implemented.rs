//@ compile-fail
// `<Type as Trait>::item` needs `Type: Trait`: a qualified path to a trait the type does not implement is E0277.
trait Animal {
    const LEGS: u32;
    fn name(&self) -> String;
}

struct Dog;
struct Rock;

impl Animal for Dog {
    const LEGS: u32 = 4;
    fn name(&self) -> String {
        String::from("dog")
    }
}

fn main() {
    println!("{}", <Dog as Animal>::name(&Dog));
    println!("{}", <Rock as Animal>::LEGS); //~ ERROR E0277
}

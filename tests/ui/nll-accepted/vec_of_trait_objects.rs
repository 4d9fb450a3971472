// Iterating over shared Box<dyn Trait> values while pushing into a separate Vec.
trait Animal {
    fn name(&self) -> String;
}

struct Cat;
struct Dog;

impl Animal for Cat {
    fn name(&self) -> String {
        String::from("cat")
    }
}

impl Animal for Dog {
    fn name(&self) -> String {
        String::from("dog")
    }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Cat), Box::new(Dog)];
    let mut names = Vec::new();
    for a in &zoo {
        names.push(a.name());
    }
    println!("{:?} {}", names, zoo.len());
}

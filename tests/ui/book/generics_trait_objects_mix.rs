// Traits: generic struct with a trait-object field, static vs dynamic dispatch, trait with generic method.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> &'static str;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Dog;
struct Cat {
    lives: u8,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".into()
    }
    fn sound(&self) -> &'static str {
        "woof"
    }
}

impl Animal for Cat {
    fn name(&self) -> String {
        format!("Cat({})", self.lives)
    }
    fn sound(&self) -> &'static str {
        "meow"
    }
    fn speak(&self) -> String {
        format!("{} purrs", self.name())
    }
}

struct Zoo {
    animals: Vec<Box<dyn Animal>>,
}

impl Zoo {
    fn add<A: Animal + 'static>(&mut self, a: A) -> &mut Self {
        self.animals.push(Box::new(a));
        self
    }
    fn chorus(&self) -> Vec<String> {
        self.animals.iter().map(|a| a.speak()).collect()
    }
}

fn loudest<A: Animal>(a: &A, times: usize) -> String {
    vec![a.sound(); times].join("-").to_uppercase()
}

trait Transformer {
    fn apply<T: Clone>(&self, items: &[T]) -> Vec<T>;
}

struct Doubler;

impl Transformer for Doubler {
    fn apply<T: Clone>(&self, items: &[T]) -> Vec<T> {
        items.iter().flat_map(|x| vec![x.clone(), x.clone()]).collect()
    }
}

fn main() {
    let mut zoo = Zoo { animals: Vec::new() };
    zoo.add(Dog).add(Cat { lives: 9 }).add(Dog);
    for line in zoo.chorus() {
        println!("{line}");
    }
    println!("{}", loudest(&Dog, 3));
    println!("{}", loudest(&Cat { lives: 1 }, 2));
    println!("{:?}", Doubler.apply(&[1, 2]));
    println!("{:?}", Doubler.apply(&["x".to_string()]));
    let n = zoo.animals.iter().filter(|a| a.sound() == "woof").count();
    println!("{n} dogs");
}

// A zoo of trait objects: default methods, overriding, Vec<Box<dyn Animal>>, &dyn parameters, sorting.
trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32;
    fn sound(&self) -> &'static str {
        "..."
    }
    fn describe(&self) -> String {
        format!("{} ({} legs) says {}", self.name(), self.legs(), self.sound())
    }
}

struct Dog {
    name: String,
}
struct Bird {
    species: &'static str,
    can_fly: bool,
}
struct Snail;

impl Animal for Dog {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn legs(&self) -> u32 {
        4
    }
    fn sound(&self) -> &'static str {
        "woof"
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        format!("a {}", self.species)
    }
    fn legs(&self) -> u32 {
        2
    }
    fn sound(&self) -> &'static str {
        if self.can_fly { "tweet" } else { "squawk" }
    }
    fn describe(&self) -> String {
        let base = format!("{} with {} legs", self.name(), self.legs());
        if self.can_fly { base + ", flying" } else { base + ", walking" }
    }
}

impl Animal for Snail {
    fn name(&self) -> String {
        String::from("snail")
    }
    fn legs(&self) -> u32 {
        0
    }
}

fn loudest(animals: &[Box<dyn Animal>]) -> Option<&dyn Animal> {
    animals.iter().map(|a| a.as_ref()).max_by_key(|a| a.sound().len())
}

fn count_legs(animals: &[Box<dyn Animal>]) -> u32 {
    animals.iter().map(|a| a.legs()).sum()
}

fn main() {
    let mut zoo: Vec<Box<dyn Animal>> = vec![
        Box::new(Dog { name: String::from("Rex") }),
        Box::new(Bird { species: "penguin", can_fly: false }),
        Box::new(Snail),
        Box::new(Bird { species: "sparrow", can_fly: true }),
    ];
    for a in zoo.iter() {
        println!("{}", a.describe());
    }
    println!("total legs: {}", count_legs(&zoo));
    if let Some(a) = loudest(&zoo) {
        println!("loudest: {}", a.name());
    }
    zoo.sort_by_key(|a| a.name());
    let names: Vec<String> = zoo.iter().map(|a| a.name()).collect();
    println!("sorted: {:?}", names);
    zoo.retain(|a| a.legs() > 0);
    println!("{} animals with legs", zoo.len());
}

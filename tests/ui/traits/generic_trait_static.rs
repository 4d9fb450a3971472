// Static dispatch through generics vs dynamic dispatch through dyn, same trait.
trait Animal {
    fn name(&self) -> String;
    fn speak(&self) -> String {
        format!("{} makes a sound", self.name())
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
    fn speak(&self) -> String {
        "Woof".into()
    }
}

impl Animal for Cat {
    fn name(&self) -> String {
        format!("Cat({})", self.lives)
    }
}

fn static_speak<A: Animal>(a: &A) -> String {
    a.speak()
}

fn dyn_speak(a: &dyn Animal) -> String {
    a.speak()
}

fn main() {
    println!("{}", static_speak(&Dog));
    println!("{}", static_speak(&Cat { lives: 9 }));
    let zoo: [&dyn Animal; 2] = [&Dog, &Cat { lives: 3 }];
    for a in zoo {
        println!("{}", dyn_speak(a));
    }
}

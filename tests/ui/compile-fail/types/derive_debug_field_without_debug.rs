//@ compile-fail
// Deriving Debug needs every field to be Debug.
struct Engine {
    power: u32,
}

#[derive(Debug)]
struct Car {
    name: String,
    engine: Engine, //~ ERROR E0277
}

fn main() {
    let c = Car { name: String::from("mini"), engine: Engine { power: 60 } };
    println!("{} {}", c.name, c.engine.power);
}

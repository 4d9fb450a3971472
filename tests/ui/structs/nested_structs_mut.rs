// Mutating nested struct fields through &mut and returning references into a struct.
#[derive(Debug)]
struct Engine {
    hp: u32,
}

#[derive(Debug)]
struct Car {
    name: String,
    engine: Engine,
    wheels: [u8; 4],
}

impl Car {
    fn engine_mut(&mut self) -> &mut Engine {
        &mut self.engine
    }

    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let mut car = Car { name: String::from("zoe"), engine: Engine { hp: 90 }, wheels: [15; 4] };
    car.engine_mut().hp += 10;
    car.wheels[2] = 16;
    let e = &mut car.engine;
    e.hp *= 2;
    println!("{} {:?}", car.name(), car);
}

// A parking garage with numbered spots: park, leave, and a fee computed from minutes parked.
#[derive(Debug, Clone, PartialEq)]
enum Vehicle {
    Car(String),
    Motorbike(String),
    Van { plate: String, length_m: u32 },
}

struct Spot {
    number: u32,
    occupant: Option<(Vehicle, u32)>,
}

struct Garage {
    spots: Vec<Spot>,
}

impl Garage {
    fn new(n: u32) -> Garage {
        let mut spots = Vec::new();
        for number in 1..=n {
            spots.push(Spot { number, occupant: None });
        }
        Garage { spots }
    }

    fn park(&mut self, v: Vehicle, at_minute: u32) -> Result<u32, String> {
        for spot in self.spots.iter_mut() {
            if spot.occupant.is_none() {
                spot.occupant = Some((v, at_minute));
                return Ok(spot.number);
            }
        }
        Err(format!("no room for {:?}", v))
    }

    fn leave(&mut self, number: u32, at_minute: u32) -> Option<u32> {
        let spot = self.spots.iter_mut().find(|s| s.number == number)?;
        let (vehicle, since) = spot.occupant.take()?;
        let minutes = at_minute - since;
        let rate = match &vehicle {
            Vehicle::Car(_) => 2,
            Vehicle::Motorbike(_) => 1,
            Vehicle::Van { length_m, .. } if *length_m > 5 => 4,
            Vehicle::Van { .. } => 3,
        };
        Some(minutes * rate)
    }

    fn free_count(&self) -> usize {
        self.spots.iter().filter(|s| s.occupant.is_none()).count()
    }
}

fn main() {
    let mut g = Garage::new(3);
    let a = g.park(Vehicle::Car(String::from("AB-123")), 0).unwrap();
    let b = g.park(Vehicle::Van { plate: String::from("VAN-9"), length_m: 6 }, 5).unwrap();
    let c = g.park(Vehicle::Motorbike(String::from("M-1")), 10).unwrap();
    println!("parked in {}, {}, {}; free: {}", a, b, c, g.free_count());
    match g.park(Vehicle::Car(String::from("ZZ-999")), 12) {
        Ok(n) => println!("parked in {}", n),
        Err(e) => println!("error: {}", e),
    }
    println!("fee for spot {}: {:?}", b, g.leave(b, 35));
    println!("fee for spot {}: {:?}", b, g.leave(b, 40));
    println!("fee for spot 7: {:?}", g.leave(7, 40));
    let d = g.park(Vehicle::Van { plate: String::from("VAN-2"), length_m: 4 }, 41).unwrap();
    println!("van parked in {}; fee later: {:?}", d, g.leave(d, 51));
    println!("free: {}", g.free_count());
}

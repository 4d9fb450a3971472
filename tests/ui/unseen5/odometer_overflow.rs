// A trip odometer stored in a u16 panics when a long trip overflows it (debug build).
struct Odometer {
    km: u16,
    trips: u8,
}

impl Odometer {
    fn drive(&mut self, km: u16) {
        self.km += km;
        self.trips += 1;
        println!("trip {}: {} km, total {}", self.trips, km, self.km);
    }
}

fn main() {
    let mut o = Odometer { km: 0, trips: 0 };
    let legs = [12000u16, 30000, 20000, 5000];
    for leg in legs {
        let room = u16::MAX - o.km;
        println!("room left: {}", room);
        o.drive(leg);
    }
    println!("never printed");
}

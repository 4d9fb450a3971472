// Average speeds per leg of a trip with integer division; a zero-minute leg makes the program panic with exit code 101.
struct Leg {
    from: &'static str,
    to: &'static str,
    km: u32,
    minutes: u32,
}

fn speed_kmh(leg: &Leg) -> u32 {
    leg.km * 60 / leg.minutes
}

fn describe(legs: &[Leg]) {
    let mut total_km = 0;
    let mut total_min = 0;
    for leg in legs {
        total_km += leg.km;
        total_min += leg.minutes;
        println!("{:>8} -> {:<8} {:>3} km in {:>3} min: {} km/h", leg.from, leg.to, leg.km, leg.minutes, speed_kmh(leg));
    }
    println!("total {} km in {} h {:02} min", total_km, total_min / 60, total_min % 60);
}

fn main() {
    let trip = vec![
        Leg { from: "Lyon", to: "Valence", km: 104, minutes: 62 },
        Leg { from: "Valence", to: "Avignon", km: 125, minutes: 75 },
        Leg { from: "Avignon", to: "Nimes", km: 45, minutes: 38 },
    ];
    describe(&trip);
    let broken = vec![
        Leg { from: "Nimes", to: "Arles", km: 31, minutes: 29 },
        Leg { from: "Arles", to: "Arles", km: 0, minutes: 0 },
        Leg { from: "Arles", to: "Marseille", km: 92, minutes: 70 },
    ];
    describe(&broken);
    println!("not reached");
}

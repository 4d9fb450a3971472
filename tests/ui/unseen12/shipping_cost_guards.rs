// Shipping costs by zone and weight, using match on tuples with ranges, guards and @ bindings.
#[derive(Debug, Clone, Copy)]
enum Zone {
    Domestic,
    Europe,
    World,
}

#[derive(Debug)]
struct Parcel {
    grams: u32,
    zone: Zone,
    express: bool,
}

fn cost_cents(p: &Parcel) -> Result<u32, String> {
    let base = match (p.zone, p.grams) {
        (_, 0) => return Err(String::from("empty parcel")),
        (Zone::Domestic, 1..=500) => 450,
        (Zone::Domestic, 501..=2000) => 690,
        (Zone::Domestic, g @ 2001..=30000) => 690 + (g - 2000) / 1000 * 100,
        (Zone::Europe, g) if g <= 1000 => 1250,
        (Zone::Europe, g @ 1001..=20000) => 1250 + (g - 1000).div_ceil(500) * 180,
        (Zone::World, g @ 1..=2000) => 2100 + g / 100 * 15,
        (zone, g) => return Err(format!("{} g is too heavy for {:?}", g, zone)),
    };
    Ok(if p.express { base * 3 / 2 } else { base })
}

fn label(cents: u32) -> &'static str {
    match cents {
        0..=999 => "cheap",
        1000..=2999 => "standard",
        _ => "expensive",
    }
}

fn main() {
    let parcels = [
        Parcel { grams: 300, zone: Zone::Domestic, express: false },
        Parcel { grams: 4500, zone: Zone::Domestic, express: true },
        Parcel { grams: 800, zone: Zone::Europe, express: false },
        Parcel { grams: 2750, zone: Zone::Europe, express: false },
        Parcel { grams: 1999, zone: Zone::World, express: true },
        Parcel { grams: 2500, zone: Zone::World, express: false },
        Parcel { grams: 0, zone: Zone::Europe, express: false },
        Parcel { grams: 31000, zone: Zone::Domestic, express: false },
    ];
    let mut total = 0;
    for p in &parcels {
        match cost_cents(p) {
            Ok(c) => {
                total += c;
                println!("{:>6} g {:<9} {:>5} ({}){}", p.grams, format!("{:?}", p.zone), c, label(c), if p.express { " express" } else { "" });
            }
            Err(e) => println!("{:>6} g refused: {}", p.grams, e),
        }
    }
    println!("total: {}.{:02}", total / 100, total % 100);
    let heavy = parcels.iter().filter(|p| matches!(p, Parcel { grams: 2000.., .. })).count();
    println!("heavy parcels: {}", heavy);
}

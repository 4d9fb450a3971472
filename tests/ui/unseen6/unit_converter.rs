// Unit conversion with enums carrying f64: match on pairs, Result for incompatible units, formatting.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Meters,
    Feet,
    Celsius,
    Fahrenheit,
    Kilograms,
    Pounds,
}

#[derive(Debug, Clone, Copy)]
struct Quantity {
    value: f64,
    unit: Unit,
}

fn family(u: Unit) -> &'static str {
    match u {
        Unit::Meters | Unit::Feet => "length",
        Unit::Celsius | Unit::Fahrenheit => "temperature",
        Unit::Kilograms | Unit::Pounds => "mass",
    }
}

fn convert(q: Quantity, to: Unit) -> Result<Quantity, String> {
    if family(q.unit) != family(to) {
        return Err(format!("cannot turn {} into {}", family(q.unit), family(to)));
    }
    let value = match (q.unit, to) {
        (a, b) if a == b => q.value,
        (Unit::Meters, Unit::Feet) => q.value / 0.3048,
        (Unit::Feet, Unit::Meters) => q.value * 0.3048,
        (Unit::Celsius, Unit::Fahrenheit) => q.value * 9.0 / 5.0 + 32.0,
        (Unit::Fahrenheit, Unit::Celsius) => (q.value - 32.0) * 5.0 / 9.0,
        (Unit::Kilograms, Unit::Pounds) => q.value * 2.20462,
        (Unit::Pounds, Unit::Kilograms) => q.value / 2.20462,
        _ => unreachable!("same family"),
    };
    Ok(Quantity { value, unit: to })
}

fn symbol(u: Unit) -> &'static str {
    match u {
        Unit::Meters => "m",
        Unit::Feet => "ft",
        Unit::Celsius => "°C",
        Unit::Fahrenheit => "°F",
        Unit::Kilograms => "kg",
        Unit::Pounds => "lb",
    }
}

fn main() {
    let jobs = [
        (Quantity { value: 100.0, unit: Unit::Meters }, Unit::Feet),
        (Quantity { value: 6.0, unit: Unit::Feet }, Unit::Meters),
        (Quantity { value: -40.0, unit: Unit::Celsius }, Unit::Fahrenheit),
        (Quantity { value: 98.6, unit: Unit::Fahrenheit }, Unit::Celsius),
        (Quantity { value: 70.0, unit: Unit::Kilograms }, Unit::Pounds),
        (Quantity { value: 3.5, unit: Unit::Pounds }, Unit::Meters),
        (Quantity { value: 12.25, unit: Unit::Meters }, Unit::Meters),
    ];
    let mut ok = 0;
    for (q, to) in jobs.iter() {
        match convert(*q, *to) {
            Ok(r) => {
                ok += 1;
                println!("{:>8.2} {:<2} = {:>9.3} {}", q.value, symbol(q.unit), r.value, symbol(r.unit));
            }
            Err(e) => println!("error: {}", e),
        }
    }
    println!("{}/{} conversions", ok, jobs.len());
    let round_trip = convert(convert(jobs[0].0, Unit::Feet).unwrap(), Unit::Meters).unwrap();
    println!("round trip: {} ({:e})", round_trip.value, round_trip.value - 100.0);
    println!("{:?}", convert(Quantity { value: 0.0, unit: Unit::Celsius }, Unit::Fahrenheit));
}

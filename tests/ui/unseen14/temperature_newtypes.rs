// Newtypes for temperatures with From/Into conversions, PartialOrd derive and a generic average
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Fahrenheit(f64);

#[derive(Debug, Clone, Copy)]
struct Kelvin(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

impl From<Celsius> for Kelvin {
    fn from(c: Celsius) -> Self {
        Kelvin(c.0 + 273.15)
    }
}

fn average<T>(values: &[T]) -> Celsius
where
    T: Copy + Into<Celsius>,
{
    let sum: f64 = values.iter().map(|&v| v.into().0).sum();
    Celsius(sum / values.len() as f64)
}

fn describe(c: Celsius) -> &'static str {
    if c < Celsius(0.0) {
        "freezing"
    } else if c < Celsius(15.0) {
        "cold"
    } else if c < Celsius(25.0) {
        "mild"
    } else {
        "hot"
    }
}

fn main() {
    let readings = [Celsius(-5.0), Celsius(12.5), Celsius(21.0), Celsius(33.3)];
    for c in readings {
        let f: Fahrenheit = c.into();
        let k = Kelvin::from(c);
        println!("{:>6.1}C = {:>6.1}F = {:>7.2}K ({})", c.0, f.0, k.0, describe(c));
    }
    let us = [Fahrenheit(32.0), Fahrenheit(212.0), Fahrenheit(98.6)];
    let back: Vec<Celsius> = us.iter().map(|&f| Celsius::from(f)).collect();
    println!("{:?}", back.iter().map(|c| format!("{:.2}", c.0)).collect::<Vec<_>>());
    println!("avg C: {:.3}", average(&readings).0);
    println!("avg F as C: {:.3}", average(&us).0);
    let hottest = readings.iter().copied().fold(Celsius(f64::MIN), |a, b| if b > a { b } else { a });
    println!("hottest {:?}", hottest);
    println!("{}", Fahrenheit(50.0) > Fahrenheit::from(Celsius(9.0)));
}

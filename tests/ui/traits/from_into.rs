// From/Into and TryFrom/TryInto conversions between user types.
use std::convert::TryFrom;

#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug)]
struct Even(u32);

impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(v: u32) -> Result<Self, Self::Error> {
        if v % 2 == 0 { Ok(Even(v)) } else { Err(format!("{v} is odd")) }
    }
}

fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{:?}", f);
    println!("{:?}", Fahrenheit::from(Celsius(-40.0)));
    println!("{:?}", Even::try_from(8));
    let r: Result<Even, _> = 7u32.try_into();
    println!("{:?}", r);
    let small: Result<u8, _> = 300i32.try_into();
    println!("{:?}", small.is_err());
    let n: i64 = 5i32.into();
    println!("{n}");
}

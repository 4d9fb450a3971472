// A unit converter ported from a Python CLI: parse "32F" style input, an enum of units, conversions and a custom error with Display.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Celsius,
    Fahrenheit,
    Kelvin,
}

#[derive(Debug)]
enum ConvertError {
    Empty,
    UnknownUnit(char),
    BadNumber(String),
    BelowAbsoluteZero(f64),
}

impl fmt::Display for ConvertError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConvertError::Empty => write!(f, "empty input"),
            ConvertError::UnknownUnit(c) => write!(f, "unknown unit '{}'", c),
            ConvertError::BadNumber(s) => write!(f, "'{}' is not a number", s),
            ConvertError::BelowAbsoluteZero(k) => write!(f, "{:.2}K is below absolute zero", k),
        }
    }
}

struct Temperature {
    value: f64,
    unit: Unit,
}

impl Temperature {
    fn parse(input: &str) -> Result<Temperature, ConvertError> {
        let s = input.trim();
        let last = s.chars().last().ok_or(ConvertError::Empty)?;
        let unit = match last.to_ascii_uppercase() {
            'C' => Unit::Celsius,
            'F' => Unit::Fahrenheit,
            'K' => Unit::Kelvin,
            other => return Err(ConvertError::UnknownUnit(other)),
        };
        let number = &s[..s.len() - last.len_utf8()];
        let value = number.trim().parse::<f64>().map_err(|_| ConvertError::BadNumber(number.to_string()))?;
        let t = Temperature { value, unit };
        let k = t.to_kelvin();
        if k < 0.0 {
            return Err(ConvertError::BelowAbsoluteZero(k));
        }
        Ok(t)
    }

    fn to_kelvin(&self) -> f64 {
        match self.unit {
            Unit::Celsius => self.value + 273.15,
            Unit::Fahrenheit => (self.value - 32.0) * 5.0 / 9.0 + 273.15,
            Unit::Kelvin => self.value,
        }
    }

    fn convert(&self, to: Unit) -> Temperature {
        let k = self.to_kelvin();
        let value = match to {
            Unit::Celsius => k - 273.15,
            Unit::Fahrenheit => (k - 273.15) * 9.0 / 5.0 + 32.0,
            Unit::Kelvin => k,
        };
        Temperature { value, unit: to }
    }
}

impl fmt::Display for Temperature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let symbol = match self.unit {
            Unit::Celsius => "°C",
            Unit::Fahrenheit => "°F",
            Unit::Kelvin => "K",
        };
        write!(f, "{:.1}{}", self.value, symbol)
    }
}

fn main() {
    let inputs = ["100C", " 32f ", "0K", "-40F", "300", "abcF", "", "-500C", "98.6F"];
    for input in inputs.iter() {
        match Temperature::parse(input) {
            Ok(t) => {
                let others: Vec<String> = [Unit::Celsius, Unit::Fahrenheit, Unit::Kelvin]
                    .iter()
                    .filter(|u| **u != t.unit)
                    .map(|u| t.convert(*u).to_string())
                    .collect();
                println!("{:>7} = {}", t.to_string(), others.join(" = "));
            }
            Err(e) => println!("{:>7?} error: {}", input, e),
        }
    }
}

// Parsing temperature records line by line, skipping bad lines, statistics with f64 and formatting.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Scale {
    Celsius,
    Fahrenheit,
}

#[derive(Debug)]
struct Reading {
    city: String,
    value: f64,
    scale: Scale,
}

impl Reading {
    fn celsius(&self) -> f64 {
        match self.scale {
            Scale::Celsius => self.value,
            Scale::Fahrenheit => (self.value - 32.0) * 5.0 / 9.0,
        }
    }
}

fn parse_line(line: &str) -> Result<Reading, String> {
    let mut parts = line.split(',').map(|p| p.trim());
    let city = parts.next().filter(|c| !c.is_empty()).ok_or("missing city")?;
    let raw = parts.next().ok_or(format!("{}: missing value", city))?;
    let (num, scale) = if let Some(n) = raw.strip_suffix('C') {
        (n, Scale::Celsius)
    } else if let Some(n) = raw.strip_suffix('F') {
        (n, Scale::Fahrenheit)
    } else {
        return Err(format!("{}: no unit in {:?}", city, raw));
    };
    let value: f64 = num.parse().map_err(|e| format!("{}: {}", city, e))?;
    Ok(Reading { city: city.to_string(), value, scale })
}

fn main() {
    let data = "Paris, 12.5C\nLyon, 55F\n, 3C\nOslo, -4C\nRome, 71.6F\nNice\nBrest, 9.0K\nLille, abcC\nMadrid, 20C";
    let mut readings = Vec::new();
    for (n, line) in data.lines().enumerate() {
        match parse_line(line) {
            Ok(r) => readings.push(r),
            Err(e) => println!("line {}: {}", n + 1, e),
        }
    }
    readings.sort_by(|a, b| a.celsius().partial_cmp(&b.celsius()).unwrap());
    for r in &readings {
        println!("{:<7}{:>7.2}°C  (given {} {:?})", r.city, r.celsius(), r.value, r.scale);
    }
    let temps: Vec<f64> = readings.iter().map(Reading::celsius).collect();
    let mean = temps.iter().sum::<f64>() / temps.len() as f64;
    let var = temps.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / temps.len() as f64;
    println!("n={} mean={:.3} sd={:.3}", temps.len(), mean, var.sqrt());
    let max = temps.iter().cloned().fold(f64::MIN, f64::max);
    let min = temps.iter().copied().fold(f64::INFINITY, f64::min);
    println!("range [{min:+.1}, {max:+.1}]");
    let f_count = readings.iter().filter(|r| r.scale == Scale::Fahrenheit).count();
    println!("{} given in Fahrenheit, {:5.1}% of the valid lines", f_count, 100.0 * f_count as f64 / readings.len() as f64);
}

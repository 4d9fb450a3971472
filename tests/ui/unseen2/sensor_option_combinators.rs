// Option and Result combinators on sensor readings: map, and_then, filter, unwrap_or_else, ok_or, zip, ?.
#[derive(Debug, Clone, Copy)]
struct Reading {
    sensor: u8,
    celsius: Option<f32>,
}

fn to_fahrenheit(c: f32) -> f32 {
    c * 9.0 / 5.0 + 32.0
}

fn parse_reading(s: &str) -> Option<Reading> {
    let (id, value) = s.split_once('=')?;
    let sensor = id.strip_prefix('s')?.parse().ok()?;
    let celsius = if value == "--" { None } else { Some(value.parse().ok()?) };
    Some(Reading { sensor, celsius })
}

fn plausible(r: &Reading) -> Result<f32, String> {
    let c = r.celsius.ok_or(format!("sensor {} has no value", r.sensor))?;
    if (-40.0..=60.0).contains(&c) {
        Ok(c)
    } else {
        Err(format!("sensor {} reads implausible {}", r.sensor, c))
    }
}

fn main() {
    let raw = ["s1=21.5", "s2=--", "s3=99.0", "x4=10", "s5=abc", "s6=-3.25", "s7=18"];
    let readings: Vec<Reading> = raw.iter().filter_map(|s| parse_reading(s)).collect();
    println!("parsed {} of {}", readings.len(), raw.len());
    for r in &readings {
        let f = r.celsius.map(to_fahrenheit);
        let shown = f.map(|v| format!("{:.1}F", v)).unwrap_or_else(|| "n/a".to_string());
        println!("sensor {}: {:?} -> {}", r.sensor, r.celsius, shown);
    }
    let good: Vec<f32> = readings.iter().map(plausible).filter_map(Result::ok).collect();
    let bad: Vec<String> = readings.iter().map(plausible).filter_map(|r| r.err()).collect();
    println!("good {:?}", good);
    for b in &bad {
        println!("bad: {}", b);
    }
    let warm = readings.iter().find(|r| r.celsius.filter(|&c| c > 20.0).is_some());
    println!("first warm sensor: {:?}", warm.map(|r| r.sensor));
    let first_two = readings.get(0).zip(readings.get(1));
    if let Some((a, b)) = first_two {
        println!("pair: {} and {}", a.sensor, b.sensor);
    }
    let diff = readings[0].celsius.and_then(|a| readings[3].celsius.map(|b| a - b));
    println!("difference s1 - s6: {:?}", diff);
    let max = good.iter().cloned().fold(f32::MIN, f32::max);
    println!("max {} default {}", max, readings[1].celsius.unwrap_or_default());
    let all: Result<Vec<f32>, String> = readings.iter().map(plausible).collect();
    println!("all plausible? {:?}", all.map(|v| v.len()));
    let mut maybe = readings[1].celsius;
    let got = *maybe.get_or_insert(0.5);
    println!("get_or_insert {} then {:?}", got, maybe);
    println!("{:?} {:?}", Some(3).xor(None::<i32>), Some(4).or(Some(5)));
}

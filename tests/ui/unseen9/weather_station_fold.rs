// Weather readings summarised with fold, min_by/max_by over f64 with partial_cmp, group-by day in a BTreeMap, and Option for gaps.
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy)]
struct Reading {
    day: u32,
    hour: u32,
    temp: Option<f64>,
    rain_mm: f64,
}

fn main() {
    let raw = [
        (1, 6, Some(11.5), 0.0), (1, 12, Some(18.25), 0.0), (1, 18, Some(15.0), 1.5),
        (2, 6, Some(9.75), 4.0), (2, 12, None, 7.5), (2, 18, Some(12.5), 2.0),
        (3, 6, Some(7.0), 0.0), (3, 12, Some(16.5), 0.0), (3, 18, None, 0.0),
    ];
    let readings: Vec<Reading> = raw
        .iter()
        .map(|&(day, hour, temp, rain_mm)| Reading { day, hour, temp, rain_mm })
        .collect();

    let (count, sum, missing) = readings.iter().fold((0, 0.0, 0), |(n, s, m), r| match r.temp {
        Some(t) => (n + 1, s + t, m),
        None => (n, s, m + 1),
    });
    println!("{} temperatures, mean {:.2}, {} missing", count, sum / count as f64, missing);

    let coldest = readings
        .iter()
        .filter(|r| r.temp.is_some())
        .min_by(|a, b| a.temp.partial_cmp(&b.temp).unwrap())
        .unwrap();
    let warmest = readings
        .iter()
        .filter_map(|r| r.temp.map(|t| (t, r.day, r.hour)))
        .max_by(|a, b| a.0.partial_cmp(&b.0).unwrap())
        .unwrap();
    println!("coldest: day {} {}h {:?}", coldest.day, coldest.hour, coldest.temp);
    println!("warmest: {:.1} on day {} at {}h", warmest.0, warmest.1, warmest.2);

    let mut by_day: BTreeMap<u32, Vec<Reading>> = BTreeMap::new();
    for r in &readings {
        by_day.entry(r.day).or_insert_with(Vec::new).push(*r);
    }
    for (day, rs) in &by_day {
        let temps: Vec<f64> = rs.iter().filter_map(|r| r.temp).collect();
        let rain: f64 = rs.iter().map(|r| r.rain_mm).sum();
        let range = temps.iter().cloned().fold(f64::NEG_INFINITY, f64::max) - temps.iter().cloned().fold(f64::INFINITY, f64::min);
        let wet = if rain > 5.0 { "wet" } else if rain > 0.0 { "damp" } else { "dry" };
        println!("day {}: {} readings, range {:.2}, rain {:>4.1} mm ({})", day, temps.len(), range, rain, wet);
    }
    let rainy_hours: Vec<String> = readings
        .iter()
        .filter(|r| r.rain_mm > 0.0)
        .map(|r| format!("{}/{}h", r.day, r.hour))
        .collect();
    println!("rain at: {}", rainy_hours.join(", "));
    let first_gap = readings.iter().position(|r| r.temp.is_none());
    println!("first gap at index {:?}; any freezing? {}", first_gap, readings.iter().any(|r| r.temp.map_or(false, |t| t < 0.0)));
}

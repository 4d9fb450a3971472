// Sensor readings analysed with iterator chains: windows for moving averages, zip for deltas, chunks, fold.
fn moving_average(data: &[f64], k: usize) -> Vec<f64> {
    data.windows(k).map(|w| w.iter().sum::<f64>() / k as f64).collect()
}

fn main() {
    let readings = [21.5, 22.0, 22.4, 23.9, 23.1, 22.8, 25.0, 26.2, 24.7, 24.1, 23.3, 22.9];
    let avg3 = moving_average(&readings, 3);
    let text: Vec<String> = avg3.iter().map(|a| format!("{:.2}", a)).collect();
    println!("moving avg(3): {}", text.join(" "));

    let deltas: Vec<f64> = readings.iter().zip(readings.iter().skip(1)).map(|(a, b)| b - a).collect();
    let rising = deltas.iter().filter(|d| **d > 0.0).count();
    println!("rising steps: {} of {}", rising, deltas.len());
    let (biggest_i, biggest) = deltas
        .iter()
        .enumerate()
        .fold((0, f64::MIN), |(bi, bv), (i, &d)| if d > bv { (i, d) } else { (bi, bv) });
    println!("biggest jump {:+.1} between #{} and #{}", biggest, biggest_i, biggest_i + 1);

    for (hour, chunk) in readings.chunks(4).enumerate() {
        let min = chunk.iter().cloned().fold(f64::INFINITY, f64::min);
        let max = chunk.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        println!("block {}: min {:.1} max {:.1} spread {:.1}", hour, min, max, max - min);
    }

    let (count, sum, sum_sq) = readings.iter().fold((0, 0.0, 0.0), |(c, s, q), &x| (c + 1, s + x, q + x * x));
    let mean = sum / count as f64;
    let var = sum_sq / count as f64 - mean * mean;
    println!("n={} mean={:.3} sd={:.3}", count, mean, var.sqrt());

    let alerts: Vec<(usize, f64)> = readings
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, r)| (r - mean).abs() > 1.5)
        .collect();
    println!("alerts: {:?}", alerts);
    let labels = ["low", "mid", "high"];
    let bands: Vec<&str> = readings
        .iter()
        .map(|r| labels[if *r < 22.5 { 0 } else if *r < 24.5 { 1 } else { 2 }])
        .collect();
    println!("{}", bands.join(","));
}

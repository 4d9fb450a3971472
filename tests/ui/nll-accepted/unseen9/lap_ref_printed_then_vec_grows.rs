// A reference to the fastest lap is last used before new laps are pushed.
fn main() {
    let mut laps = vec![71.2, 69.8, 70.5];
    let fastest = laps.iter().fold(f64::MAX, |a, &b| a.min(b));
    let first = &laps[0];
    println!("first {} fastest {}", first, fastest);
    laps.push(68.9);
    laps.push(72.0);
    println!("{} laps", laps.len());
}

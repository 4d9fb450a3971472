//@ compile-fail
// The maximum is borrowed from the readings, the readings are cleared, then the maximum is printed.
fn main() {
    let mut readings = vec![12.5, 19.0, 7.25];
    let highest = readings.iter().fold(&readings[0], |m, x| if x > m { x } else { m });
    readings.clear(); //~ ERROR E0502
    println!("highest was {}", highest);
}

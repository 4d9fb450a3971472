// A filter closure borrowing the limits Vec is finished before the limits are pushed to.
fn main() {
    let mut limits = vec![10, 20];
    let readings = [5, 12, 25, 18, 30];
    let over = |r: &&i32| **r > limits[0];
    let alarms: Vec<i32> = readings.iter().filter(over).copied().collect();
    limits.push(alarms.len() as i32);
    println!("{:?} {:?}", alarms, limits);
}

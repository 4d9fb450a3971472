//@ compile-fail
// an iterator consumed by sum is then asked for count
fn main() {
    let line = "5 10 15";
    let nums = line.split_whitespace().map(|n| n.parse::<u32>().unwrap());
    let total: u32 = nums.sum();
    let n = nums.count(); //~ ERROR E0382
    println!("{}", total / n as u32);
}

//@ compile-fail
// A String consumed in the body of a loop is moved on the first iteration.
fn send(report: String) {
    println!("sending {} bytes", report.len());
}

fn main() {
    let report = String::from("weekly numbers");
    for day in 0..3 {
        println!("day {}", day);
        send(report); //~ ERROR E0382
    }
}

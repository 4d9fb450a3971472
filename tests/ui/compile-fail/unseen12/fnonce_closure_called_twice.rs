//@ compile-fail
// A closure that moves its captured String out is called twice.
fn main() {
    let report = String::from("done");
    let send = move || report;
    let a = send();
    let b = send(); //~ ERROR E0382
    println!("{} {}", a, b);
}

//@ compile-fail
// A closure that moves its captured String out is called twice (E0382)
fn main() {
    let report = String::from("quarterly report");
    let send = move || {
        let sent = report;
        println!("sending {}", sent);
    };
    send();
    send(); //~ ERROR E0382
}

//@ compile-fail
// A message String is moved into send() inside a retry loop, so the second attempt has nothing to send.
fn send(msg: String) -> bool {
    println!("sending {}", msg);
    msg.len() % 2 == 0
}

fn main() {
    let msg = String::from("hello, server");
    let mut attempts = 0;
    while attempts < 3 {
        attempts += 1;
        if send(msg) { //~ ERROR E0382
            break;
        }
    }
    println!("{} attempts", attempts);
}

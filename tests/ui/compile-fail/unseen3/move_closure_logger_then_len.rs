//@ compile-fail
// A `move` closure pushing into `lines` owns the vector; reading `lines` afterwards fails.
fn main() {
    let mut lines: Vec<String> = Vec::new();
    let mut log = move |m: &str| lines.push(m.to_string());
    log("start");
    log("stop");
    println!("{} lines", lines.len()); //~ ERROR E0382
}

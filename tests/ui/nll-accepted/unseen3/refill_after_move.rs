// A `mut` String moved away and refilled before its next use.
fn main() {
    let mut s = String::from("first");
    let t = s;
    s = String::from("second");
    println!("{} {}", s, t);
    let mut log = Vec::new();
    for i in 0..3 {
        log.push(s);
        s = format!("next{}", i);
    }
    println!("{:?} {}", log, s);
}

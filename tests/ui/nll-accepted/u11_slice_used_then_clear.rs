// A &str slice of a String is last used before the String is cleared and refilled.
fn main() {
    let mut buf = String::from("header:value");
    let key = &buf[..buf.find(':').unwrap()];
    let key_len = key.len();
    println!("key {}", key);
    buf.clear();
    buf.push_str("next");
    let tail = buf.trim_start_matches('n');
    println!("{} {}", key_len, tail);
    buf.push('!');
    println!("{}", buf);
}

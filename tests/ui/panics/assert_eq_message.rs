// assert_eq! with a message puts it after "assertion `left == right` failed: ".
fn greet(name: &str) -> String {
    format!("hell{}", if name.is_empty() { "o" } else { "O" })
}

fn main() {
    let expected = "hello";
    assert_eq!(greet(""), expected, "greeting mismatch for the anonymous user");
    println!("anonymous user ok");
    assert_eq!(greet("x"), expected, "greeting mismatch for user {}", 7);
}

// assert_eq! with a message puts it after "assertion `left == right` failed: ".
fn main() {
    let expected = "hello";
    let got = String::from("hellO");
    assert_eq!(got, expected, "greeting mismatch for user {}", 7);
}

// assert!, assert_eq! and matches! used correctly.
#[derive(Debug, PartialEq)]
struct P(i32);
fn main() {
    let n = 3;
    assert!(n > 0, "n was {}", n);
    assert_eq!(P(1), P(1));
    assert_ne!(n, 4);
    let v = vec![String::from("a"); 2];
    println!("{} {}", v.len(), matches!(n, 1..=5));
}

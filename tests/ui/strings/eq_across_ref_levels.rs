// Comparing String with &str and &&str through references: std's `&A == &B` impl defers to `A: PartialEq<B>`.
fn main() {
    let owned = String::from("round");
    let words = ["round", "trip"];
    for w in words.iter() {
        println!("{} {}", &owned == w, w == &&owned[..]);
        assert_ne!(&owned, &"square");
    }
    assert_eq!(&owned, &"round");
    let decoded = String::from("trip");
    let expected: &&str = &words[1];
    assert_eq!(&decoded, expected, "decoded text differs");
    let v = vec![String::from("a"), String::from("b")];
    println!("{}", v.iter().any(|s| s == "b"));
    println!("{}", v.iter().filter(|s| *s == &String::from("a")).count());
    assert_eq!(&decoded, &"tripe", "mismatch for {}", decoded);
}

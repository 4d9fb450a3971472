// Range::contains needs only PartialOrd: float and char ranges, open ranges, is_empty, start()/end().
fn classify(t: f64) -> &'static str {
    if (..0.0).contains(&t) {
        "freezing"
    } else if (0.0..15.0).contains(&t) {
        "cold"
    } else if (15.0..=25.0).contains(&t) {
        "mild"
    } else {
        "hot"
    }
}

fn main() {
    for t in [-3.5, 0.0, 14.99, 15.0, 25.0, 25.01] {
        println!("{:>6}: {}", t, classify(t));
    }
    let letters = 'a'..='f';
    println!("{} {} {}", letters.contains(&'c'), letters.contains(&'z'), letters.start());
    let words = "apple".to_string()..="cherry".to_string();
    println!("{} {}", words.contains(&"banana".to_string()), words.contains(&"date".to_string()));
    println!("{} {}", (5..5).is_empty(), (3..=2).is_empty());
    println!("{} {}", (10..).contains(&10), (..=7u8).contains(&8));
    let r = 1.5..2.5;
    println!("{:?} {}", r, r.contains(&2.0));
    let mut it = 1..=2;
    it.next();
    it.next();
    println!("{:?} {:?} {:?} {:?} {:?}", it, 3.., ..4, ..=5, ..);
    println!("[{:>4?}]", 7..9);
}

// Exhaustive matches on u8, i8, char and (bool, bool).
fn main() {
    let b: u8 = 150;
    let s = match b { 0..=99 => "low", 100..=199 => "mid", 200..=u8::MAX => "high" };
    let x: i8 = -128;
    let t = match x { i8::MIN..=-1 => "neg", 0..=127 => "pos" };
    let c = match 'Q' { 'a'..='z' => 1, 'A'..='Z' => 2, _ => 3 };
    let p = match (true, false) { (true, _) => 1, (false, true) => 2, (false, false) => 3 };
    println!("{} {} {} {}", s, t, c, p);
}

// Collecting a stepped char range into a String reserves its exact length first, as std's size hint allows.
fn main() {
    let every_third: String = ('a'..='z').step_by(3).collect();
    let digits: String = ('0'..'9').collect();
    let back: Vec<char> = ('p'..='t').rev().collect();
    println!("{} {} {:?} {}", every_third, digits, back, every_third.capacity() >= 9);
}

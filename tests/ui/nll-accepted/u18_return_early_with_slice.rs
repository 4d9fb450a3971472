// A function returns a slice of its &mut String's contents on one path and modifies the String on the other.
fn normalize(s: &mut String) -> &str {
    if s.starts_with('#') {
        return &s[1..];
    }
    s.insert(0, '#');
    &s[..]
}

fn main() {
    let mut a = String::from("#tag");
    let mut b = String::from("plain");
    println!("{} {}", normalize(&mut a), normalize(&mut b));
    println!("{} {}", a, b);
}

// Collecting chars into a String and its resulting capacity vs String::with_capacity.
fn main() {
    let s: String = (0..20).map(|i| char::from(b'a' + i)).collect();
    println!("{s} {} {}", s.len(), s.capacity());
    let mut t = String::with_capacity(20);
    for c in s.chars() {
        t.push(c.to_ascii_uppercase());
    }
    println!("{t} {} {}", t.len(), t.capacity());
    let u = s.clone() + &t;
    println!("{} {}", u.len(), u.capacity());
    let v = s.repeat(2);
    println!("{} {}", v.len(), v.capacity());
    let w = format!("{s}{t}");
    println!("{} {}", w.len(), w.capacity());
}

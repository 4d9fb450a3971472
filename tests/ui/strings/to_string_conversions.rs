// Conversions into String: to_string, to_owned, into, String::from, from_utf8.
fn main() {
    let a = 42.to_string();
    let b = 3.5.to_string();
    let c = 'x'.to_string();
    let d = "lit".to_owned();
    let e: String = "into".into();
    let f = String::from_utf8(vec![240, 159, 146, 150]).unwrap();
    let g = String::from_utf8(vec![0xff, 0xfe]);
    println!("{a} {b} {c} {d} {e} {f}");
    println!("{}", g.is_err());
    let h = String::from_utf8_lossy(&[b'o', 0xff, b'k']);
    println!("{h}");
    let bytes = e.into_bytes();
    println!("{bytes:?}");
    let chars = vec!['r', 'u', 's', 't'];
    let s: String = chars.iter().collect();
    println!("{s} {}", s.capacity());
}
